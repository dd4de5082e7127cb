// `npm run bench:server`: the chat and the feed under load, each beside a minimal server written
// only for the comparison (test/bench/minimal/*-broadcast.ts), as a ratio. Printed, never asserted.
//
// WebSocket: N clients in one room; one client sends, every other one stamps the arrival. Delivery
// latency over all deliveries (median, p95, max), deliveries per second, and the server's memory
// per idle connection. SSE: 1,000 streams; one publish, time until every stream has it.
import { fork, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { request as httpRequest, get as httpGet } from 'node:http';
import { cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import type { PeerRef } from '../../src/shared/envelope';
import { envelopeFrom } from '../integration/support/clients';
import { summarize, type Summary } from '../../src/lib/stats';
import { ratio, spreadRow, table } from './format';

type Kind = 'ours' | 'minimal-ws' | 'minimal-sse';
type Child = { child: ChildProcess; port: number; memory: () => Promise<number> };

const WS_SIZES = (process.env.BENCH_WS_SIZES ?? '100,1000,5000').split(',').map(Number);
const SSE_CLIENTS = Number(process.env.BENCH_SSE_CLIENTS ?? 1000);
const ROUNDS = 50;
const ROUND_GAP_MS = 60; // under the chat's rate limit of 20 a second

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
  external: ['ws'],
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
  logLevel: 'warning',
});

async function start(kind: Kind): Promise<Child> {
  const child = fork(bundled, [kind], {
    cwd: process.cwd(),
    env: { ...process.env, COMMS_LAB_NO_CLI: '1' },
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

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function peer(i: number): PeerRef {
  return { id: `bench-${i}`, name: `Bench ${i}`, color: '#336699', kind: 'tab' };
}

/** The same envelopes the integration tests' clients send, as frame text. */
const frame = (sender: PeerRef, kind: string, body: unknown, seq: number) =>
  JSON.stringify(envelopeFrom(sender, kind, body, seq));

type Client = { ws: WebSocket; onRound: ((at: number) => void) | null };

/** Opens `count` clients, 250 at a time; ours also joins the room and waits to be in it. */
async function connect(kind: Kind, port: number, count: number): Promise<Client[]> {
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
        if (kind === 'ours' && text.includes('"kind":"joined"')) resolve(client);
      });
      ws.once('open', () => {
        if (kind === 'ours') ws.send(frame(peer(i), 'join', { room: 'bench' }, 1));
        else resolve(client);
      });
    });
  for (let start = 0; start < count; start += 250) {
    const batch = Array.from({ length: Math.min(250, count - start) }, (_, k) => one(start + k));
    clients.push(...(await Promise.all(batch)));
  }
  return clients;
}

type WsResult = {
  latency: Summary;
  toAll: Summary;
  perSecond: number;
  perConnection: number;
  rss: number;
};

async function benchWs(kind: 'ours' | 'minimal-ws', count: number): Promise<WsResult> {
  const server = await start(kind);
  try {
    await sleep(200);
    const before = await server.memory();
    const clients = await connect(kind, server.port, count);
    await sleep(kind === 'ours' ? 500 : 200); // let the join announcements settle
    const rss = await server.memory();
    const [sender, ...receivers] = clients as [Client, ...Client[]];
    const latencies: number[] = [];
    const toAll: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      let left = receivers.length;
      let sentAt = 0;
      const done = new Promise<void>((resolve) => {
        for (const client of receivers)
          client.onRound = (at) => {
            client.onRound = null;
            latencies.push(at - sentAt);
            if (--left === 0) {
              toAll.push(at - sentAt);
              resolve();
            }
          };
      });
      sentAt = performance.now();
      sender.ws.send(frame(peer(0), 'chat', `bench-round-${round}`, round + 2));
      await Promise.race([done, sleep(30_000)]);
      await sleep(ROUND_GAP_MS);
    }
    for (const client of clients) client.ws.terminate();
    const toAllSummary = summarize(toAll);
    return {
      latency: summarize(latencies),
      toAll: toAllSummary,
      perSecond: receivers.length / (toAllSummary.median / 1000),
      perConnection: (rss - before) / count,
      rss,
    };
  } finally {
    server.child.kill();
  }
}

type Stream = { received: (marker: string) => Promise<number>; close: () => void };

function openStream(port: number): Promise<Stream> {
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

function post(port: number, path: string, body: string): Promise<void> {
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

async function benchSse(kind: 'ours' | 'minimal-sse', count: number) {
  const server = await start(kind);
  try {
    const streams: Stream[] = [];
    for (let start = 0; start < count; start += 250)
      streams.push(
        ...(await Promise.all(
          Array.from({ length: Math.min(250, count - start) }, () => openStream(server.port)),
        )),
      );
    await sleep(200);
    const latencies: number[] = [];
    const toAll: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const marker = `bench-round-${round}-`;
      const arrivals = streams.map((stream) => stream.received(marker));
      const sentAt = performance.now();
      const text = `${marker}${'x'.repeat(32)}`;
      if (kind === 'ours')
        await post(
          server.port,
          '/api/sse/publish',
          JSON.stringify({
            event: 'message',
            envelope: envelopeFrom(peer(0), 'chat', text, round + 1),
          }),
        );
      else await post(server.port, '/publish', text);
      const times = await Promise.all(arrivals);
      for (const at of times) latencies.push(at - sentAt);
      toAll.push(Math.max(...times) - sentAt);
      await sleep(20);
    }
    for (const stream of streams) stream.close();
    return { latency: summarize(latencies), toAll: summarize(toAll) };
  } finally {
    server.child.kill();
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

console.log(
  `Comms Lab server bench · Node ${process.version} · ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'} · ${mb(totalmem())} RAM`,
);
console.log(
  `${ROUNDS} broadcasts per size; clients and server on loopback, in separate processes.\n`,
);

const wsRows: string[][] = [];
const memRows: string[][] = [];
for (const size of WS_SIZES) {
  const ours = await benchWs('ours', size);
  const minimal = await benchWs('minimal-ws', size);
  wsRows.push(
    ...(
      [
        [`${size} · delivery latency (ms)`, ours.latency, minimal.latency],
        [`${size} · time to all (ms)`, ours.toAll, minimal.toAll],
      ] as const
    ).map(([label, a, b]) => spreadRow(label, a, b)),
  );
  memRows.push([
    String(size),
    `${Math.round(ours.perSecond).toLocaleString('en')}`,
    `${Math.round(minimal.perSecond).toLocaleString('en')}`,
    ratio(minimal.perSecond, ours.perSecond),
    kb(ours.perConnection),
    kb(minimal.perConnection),
    mb(ours.rss),
    mb(minimal.rss),
  ]);
}
console.log('WebSocket broadcast: one message to everyone else in one room');
console.log(
  table(
    [
      'clients · figure',
      'app median',
      'app p95',
      'app max',
      'min median',
      'min p95',
      'min max',
      'p95 ratio',
    ],
    wsRows,
  ),
);
console.log(
  '\nThroughput and memory (deliveries per second at the median round; RSS after GC, idle)',
);
console.log(
  table(
    [
      'clients',
      'app msg/s',
      'min msg/s',
      'slowdown',
      'app per conn',
      'min per conn',
      'app RSS',
      'min RSS',
    ],
    memRows,
  ),
);

const sseOurs = await benchSse('ours', SSE_CLIENTS);
const sseMinimal = await benchSse('minimal-sse', SSE_CLIENTS);
console.log(`\nSSE fan-out: one publish (POST) to ${SSE_CLIENTS} open streams`);
console.log(
  table(
    ['figure', 'app median', 'app p95', 'app max', 'min median', 'min p95', 'min max', 'p95 ratio'],
    (
      [
        ['delivery latency (ms)', sseOurs.latency, sseMinimal.latency],
        ['time to all (ms)', sseOurs.toAll, sseMinimal.toAll],
      ] as const
    ).map(([label, a, b]) => spreadRow(label, a, b)),
  ),
);
console.log(
  '\nThe app server validates every frame, keeps history, stamps the sender and acknowledges; the minimal one only forwards.',
);
