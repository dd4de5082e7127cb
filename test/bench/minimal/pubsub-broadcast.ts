// The plain Redis pub/sub relay the cluster is compared with (what socket.io's Redis adapter does):
// every text frame and every published SSE body is PUBLISHed once; each instance SUBSCRIBEs and
// writes what comes to all its local clients. No ids, no history, no validation; a message
// published while an instance is disconnected from Redis is gone for its clients.
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient } from 'redis';
import { WebSocketServer, type WebSocket } from 'ws';

const WS_CHANNEL = 'bench:ws';
const SSE_CHANNEL = 'bench:sse';

export async function startPubSubRelay(url: string): Promise<{ port: number; close: () => void }> {
  const publisher = createClient({ url });
  const subscriber = publisher.duplicate();
  await Promise.all([publisher.connect(), subscriber.connect()]);
  const sockets = new Set<WebSocket>();
  const streams = new Set<ServerResponse>();
  await subscriber.subscribe(WS_CHANNEL, (message) => {
    for (const ws of sockets) ws.send(message);
  });
  await subscriber.subscribe(SSE_CHANNEL, (message) => {
    for (const stream of streams) stream.write(`data: ${message}\n\n`);
  });
  const server = createServer((req, res) => {
    if (req.url === '/sse') {
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store' });
      res.write(': open\n\n');
      streams.add(res);
      req.on('close', () => streams.delete(res));
      return;
    }
    if (req.url === '/publish' && req.method === 'POST') {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        void publisher.publish(SSE_CHANNEL, body).then(() => res.writeHead(204).end());
      });
      return;
    }
    res.writeHead(404).end();
  });
  server.keepAliveTimeout = 0;
  const wss = new WebSocketServer({ server, path: '/ws' });
  wss.on('connection', (ws) => {
    sockets.add(ws);
    ws.on('message', (data) => void publisher.publish(WS_CHANNEL, data.toString()));
    ws.on('close', () => sockets.delete(ws));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => {
      server.close();
      void publisher.quit();
      void subscriber.quit();
    },
  };
}
