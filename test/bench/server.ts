// `npm run bench:server`: the chat and the feed under load, each beside a minimal server written
// only for the comparison (test/bench/minimal/*-broadcast.ts), as a ratio. Printed, never asserted.
//
// WebSocket: N clients in one room; one client sends, every other one stamps the arrival. Delivery
// latency over all deliveries (median, p95, max), deliveries per second, and the server's memory
// per idle connection. SSE: 1,000 streams; one publish, time until every stream has it.
import { cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { envelopeFrom } from '../integration/support/clients';
import { summarize, type Summary } from '../../src/lib/stats';
import { runClusterBench } from './cluster';
import { ratio, spreadRow, table } from './format';
import {
  connect,
  frame,
  openStream,
  peer,
  post,
  sleep,
  start,
  type Client,
  type Stream,
} from './server-kit';

const WS_SIZES = (process.env.BENCH_WS_SIZES ?? '100,1000,5000').split(',').map(Number);
const SSE_CLIENTS = Number(process.env.BENCH_SSE_CLIENTS ?? 1000);
const ROUNDS = 50;
const ROUND_GAP_MS = 60; // under the chat's rate limit of 20 a second
// `--only single`, `--only cluster` (three instances on Redis), or both (the default).
const onlyAt = process.argv.indexOf('--only');
const PARTS = onlyAt >= 0 ? (process.argv[onlyAt + 1] ?? '').split(',') : ['single', 'cluster'];

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

if (!PARTS.includes('single')) {
  if (PARTS.includes('cluster')) await runClusterBench();
  process.exit(0);
}

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
if (PARTS.includes('cluster')) await runClusterBench();
