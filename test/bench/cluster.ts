// The cluster section of `npm run bench:server`: 1,000 WebSocket clients in one room spread over
// three instances sharing one Redis (Streams, the app's hub), one of them broadcasting, beside the
// same load on one in-memory instance and on three instances joined by plain Redis pub/sub (the
// minimal relay, what socket.io's Redis adapter does). SSE fan-out likewise. Delivery p95 and
// messages per second, ratios printed and written to .bench-results/cluster.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { startRedis } from '../../mock-server/cluster/redis-process';
import { summarize, type Summary } from '../../src/lib/stats';
import { envelopeFrom } from '../integration/support/clients';
import { ratio, table } from './format';
import {
  connect,
  frame,
  openStream,
  peer,
  post,
  sleep,
  start,
  type Child,
  type Client,
  type Kind,
  type Stream,
} from './server-kit';

const CLIENTS = Number(process.env.BENCH_CLUSTER_CLIENTS ?? 1000);
const ROUNDS = Number(process.env.BENCH_CLUSTER_ROUNDS ?? 30);
const GAP_MS = 60; // under the chat's rate limit of 20 a second

type Setup = { label: string; kind: Kind; instances: number };
const SETUPS: Setup[] = [
  { label: 'one instance, in memory', kind: 'ours', instances: 1 },
  { label: 'three instances, Redis Streams (the app)', kind: 'redis', instances: 3 },
  { label: 'three instances, plain pub/sub (minimal)', kind: 'pubsub', instances: 3 },
];
type Figures = { latency: Summary; toAll: Summary; perSecond: number };

async function startAll(setup: Setup, redisUrl: string): Promise<Child[]> {
  return Promise.all(
    Array.from({ length: setup.instances }, (_, i) =>
      start(setup.kind, { REDIS_URL: redisUrl, INSTANCE_NAME: `bench-${i}` }),
    ),
  );
}

/** Rounds of one broadcast; `arrivals` resolves each round's per-receiver times. */
async function rounds(send: (round: number) => Promise<number[]>): Promise<Figures> {
  const latencies: number[] = [];
  const toAll: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const times = await send(round);
    latencies.push(...times);
    toAll.push(Math.max(...times));
    await sleep(GAP_MS);
  }
  const all = summarize(toAll);
  return {
    latency: summarize(latencies),
    toAll: all,
    perSecond: latencies.length / ROUNDS / (all.median / 1000),
  };
}

async function benchWs(setup: Setup, redisUrl: string): Promise<Figures> {
  const servers = await startAll(setup, redisUrl);
  try {
    await sleep(300);
    const clients: Client[] = [];
    const share = Math.ceil(CLIENTS / servers.length);
    for (const [i, server] of servers.entries())
      clients.push(...(await connect(setup.kind, server.port, share, i * share)));
    await sleep(1000); // let the join announcements settle
    const [sender, ...receivers] = clients as [Client, ...Client[]];
    const figures = await rounds(async (round) => {
      const sentAt = performance.now();
      const times = receivers.map(
        (client) =>
          new Promise<number>((resolve) => {
            client.onRound = (at) => {
              client.onRound = null;
              resolve(at - sentAt);
            };
          }),
      );
      sender.ws.send(frame(peer(0), 'chat', `bench-round-${round}`, round + 2));
      return Promise.race([
        Promise.all(times),
        sleep(30_000).then(() => Promise.reject(new Error(`round ${round} did not reach all`))),
      ]);
    });
    for (const client of clients) client.ws.terminate();
    return figures;
  } finally {
    for (const server of servers) server.child.kill();
  }
}

async function benchSse(setup: Setup, redisUrl: string): Promise<Figures> {
  const servers = await startAll(setup, redisUrl);
  try {
    await sleep(300);
    const streams: Stream[] = [];
    for (let i = 0; i < CLIENTS; i += 250)
      streams.push(
        ...(await Promise.all(
          Array.from({ length: Math.min(250, CLIENTS - i) }, (_, k) =>
            openStream((servers[(i + k) % servers.length] as Child).port),
          ),
        )),
      );
    await sleep(300);
    const publisher = (servers[0] as Child).port;
    const figures = await rounds(async (round) => {
      const marker = `bench-round-${round}-`;
      const arrivals = streams.map((stream) => stream.received(marker));
      const sentAt = performance.now();
      const text = `${marker}${'x'.repeat(32)}`;
      if (setup.kind === 'pubsub') await post(publisher, '/publish', text);
      else
        await post(
          publisher,
          '/api/sse/publish',
          JSON.stringify({
            event: 'message',
            envelope: envelopeFrom(peer(0), 'chat', text, round + 1),
          }),
        );
      return (await Promise.all(arrivals)).map((at) => at - sentAt);
    });
    for (const stream of streams) stream.close();
    return figures;
  } finally {
    for (const server of servers) server.child.kill();
  }
}

const ms = (value: number) => value.toFixed(1);

export async function runClusterBench(): Promise<void> {
  const redis = await startRedis();
  const results: Record<string, Record<string, Figures>> = { ws: {}, sse: {} };
  try {
    for (const setup of SETUPS) results.ws![setup.kind] = await benchWs(setup, redis.url);
    for (const setup of SETUPS) results.sse![setup.kind] = await benchSse(setup, redis.url);
  } finally {
    await redis.close();
  }
  const rows = (part: 'ws' | 'sse') => {
    const single = results[part]!.ours as Figures;
    return SETUPS.map((setup) => {
      const f = results[part]![setup.kind] as Figures;
      return [
        setup.label,
        ms(f.latency.median),
        ms(f.latency.p95),
        ms(f.toAll.p95),
        Math.round(f.perSecond).toLocaleString('en'),
        ratio(f.latency.p95, single.latency.p95),
        ratio(single.perSecond, f.perSecond),
      ];
    });
  };
  const head = ['setup', 'median', 'p95', 'to all p95', 'msg/s', 'p95 vs one', 'msg/s slowdown'];
  console.log(`\nCluster: ${CLIENTS} clients over the instances, ${ROUNDS} broadcasts, ms`);
  console.log(`WebSocket, one room:\n${table(head, rows('ws'))}`);
  console.log(`SSE fan-out:\n${table(head, rows('sse'))}`);
  mkdirSync('.bench-results', { recursive: true });
  const ratios = (part: 'ws' | 'sse') => ({
    p95VsSingle: results[part]!.redis!.latency.p95 / results[part]!.ours!.latency.p95,
    pubsubP95VsSingle: results[part]!.pubsub!.latency.p95 / results[part]!.ours!.latency.p95,
    streamsVsPubsubP95: results[part]!.redis!.latency.p95 / results[part]!.pubsub!.latency.p95,
  });
  writeFileSync(
    '.bench-results/cluster.json',
    JSON.stringify(
      {
        at: new Date().toISOString(),
        clients: CLIENTS,
        rounds: ROUNDS,
        results,
        ratios: { ws: ratios('ws'), sse: ratios('sse') },
      },
      null,
      2,
    ),
  );
  console.log('Written to .bench-results/cluster.json');
}
