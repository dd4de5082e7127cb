// The bench's servers and clients: each server in a process of its own (bundled once, plain
// JavaScript, so its memory is its own), WebSocket clients that stamp a round's arrival, SSE
// streams, and a POST. Shared by the single-server bench (server.ts) and the cluster's (cluster.ts).
import { fork, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { request as httpRequest, get as httpGet } from 'node:http';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import type { PeerRef } from '../../src/shared/envelope';
import { envelopeFrom } from '../integration/support/clients';

export type Kind = 'ours' | 'minimal-ws' | 'minimal-sse' | 'redis' | 'pubsub';
export type Child = { child: ChildProcess; port: number; memory: () => Promise<number> };

// The server runs as plain JavaScript, bundled once, as a deployment would run it: a TypeScript
// loader in the process would count its own memory as the server's.
// Inside the project, so `ws` resolves from node_modules.
const bundled = resolve('.test-output/bench/server-child.mjs');
await build({
  entryPoints: ['test/bench/server-child.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: bundled,
  // ws loads optional native helpers with require(); leave it as a real package.
  external: ['ws', 'redis', '@redis/*'],
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
  logLevel: 'warning',
});

export async function start(kind: Kind, env: Record<string, string> = {}): Promise<Child> {
  const child = fork(bundled, [kind], {
    cwd: process.cwd(),
    env: { ...process.env, COMMS_LAB_NO_CLI: '1', ...env },
    execArgv: ['--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.on('message', (message: { type: string; port?: number }) => {
      if (message.type === 'ready') resolve(message.port as number);
    });
  });
  const memory = () =>
    new Promise<number>((resolve) => {
      const onMessage = (message: { type: string; rss?: number }) => {
        if (message.type !== 'memory') return;
        child.off('message', onMessage);
        resolve(message.rss as number);
      };
      child.on('message', onMessage);
      child.send({ type: 'memory' });
    });
  return { child, port, memory };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function peer(i: number): PeerRef {
  return { id: `bench-${i}`, name: `Bench ${i}`, color: '#336699', kind: 'tab' };
}

/** The same envelopes the integration tests' clients send, as frame text. */
export const frame = (sender: PeerRef, kind: string, body: unknown, seq: number) =>
  JSON.stringify(envelopeFrom(sender, kind, body, seq));

export type Client = { ws: WebSocket; onRound: ((at: number) => void) | null };

/** Opens `count` clients, 250 at a time; ours also joins the room and waits to be in it. */
export async function connect(
  kind: Kind,
  port: number,
  count: number,
  firstId = 0,
): Promise<Client[]> {
  const clients: Client[] = [];
  const one = (i: number) =>
    new Promise<Client>((resolve, reject) => {
      const ws = new WebSocket(`ws://127.0.0.1:${port}/ws`, {
        origin: `http://localhost:${port}`,
        perMessageDeflate: false,
      });
      const client: Client = { ws, onRound: null };
      ws.once('error', reject);
      ws.on('message', (data) => {
        const at = performance.now();
        const text = data.toString();
        if (client.onRound && text.includes('"bench-round-')) client.onRound(at);
        if ((kind === 'ours' || kind === 'redis') && text.includes('"kind":"joined"'))
          resolve(client);
      });
      ws.once('open', () => {
        if (kind === 'ours' || kind === 'redis')
          ws.send(frame(peer(firstId + i), 'join', { room: 'bench' }, 1));
        else resolve(client);
      });
    });
  for (let start = 0; start < count; start += 250) {
    const batch = Array.from({ length: Math.min(250, count - start) }, (_, k) => one(start + k));
    clients.push(...(await Promise.all(batch)));
  }
  return clients;
}

export type Stream = { received: (marker: string) => Promise<number>; close: () => void };

export function openStream(port: number): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const waiting = new Map<string, (at: number) => void>();
    const req = httpGet(`http://127.0.0.1:${port}/sse`, { agent: false }, (res) => {
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        const at = performance.now();
        for (const [marker, done] of waiting)
          if (chunk.includes(marker)) {
            waiting.delete(marker);
            done(at);
          }
      });
      resolve({
        received: (marker) => new Promise((done) => waiting.set(marker, done)),
        close: () => req.destroy(),
      });
    });
    req.on('error', reject);
  });
}

export function post(port: number, path: string, body: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        agent: false,
        headers: { 'Content-Type': 'application/json' },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve());
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
