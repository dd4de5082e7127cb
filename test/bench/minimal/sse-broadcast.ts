// The minimal SSE server the feed is compared with: a set of open responses, and POST /publish
// writes the body to each as one `data:` record. No ids, no replay, no validation.
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export async function startMinimalSse(): Promise<{ port: number; close: () => void }> {
  const subscribers = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    if (req.url === '/sse') {
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store' });
      res.write(': open\n\n');
      subscribers.add(res);
      req.on('close', () => subscribers.delete(res));
      return;
    }
    if (req.url === '/publish' && req.method === 'POST') {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        for (const subscriber of subscribers) subscriber.write(`data: ${body}\n\n`);
        res.writeHead(204).end();
      });
      return;
    }
    res.writeHead(404).end();
  });
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, close: () => server.close() };
}
