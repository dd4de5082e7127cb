// The minimal WebSocket broadcast server the chat is compared with: no rooms, no validation, no
// history, no rate limit — every text frame goes verbatim to every other client.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export async function startMinimalWs(): Promise<{ port: number; close: () => void }> {
  const server = createServer((_req, res) => res.writeHead(404).end());
  const wss = new WebSocketServer({ server, path: '/ws' });
  const clients = new Set<WebSocket>();
  wss.on('connection', (ws) => {
    clients.add(ws);
    ws.on('message', (data, isBinary) => {
      for (const other of clients) if (other !== ws) other.send(data, { binary: isBinary });
    });
    ws.on('close', () => clients.delete(ws));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, close: () => server.close() };
}
