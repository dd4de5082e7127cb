// One server under measurement, alone in its process so its memory is its own. The parent talks
// to it over IPC: it reports its port, and on request collects garbage and reports its memory.
import { createServer } from '../../mock-server/index';
import { startPubSubRelay } from './minimal/pubsub-broadcast';
import { startMinimalSse } from './minimal/sse-broadcast';
import { startMinimalWs } from './minimal/ws-broadcast';

const kind = process.argv[2];
// The bench puts everyone in one room: past the classroom's cap of 500 members per room.
const BENCH_CHAT = { maxMembersPerRoom: 10_000 };
let port: number;
if (kind === 'ours') {
  const server = await createServer({
    port: 0,
    foreignPort: 0,
    distDir: 'dist',
    feed: { timeEveryMs: 0, notificationEveryMs: 0, alertEveryMs: 0 },
    chat: BENCH_CHAT,
  });
  port = server.ports.app;
} else if (kind === 'redis') {
  // One instance of a cluster: the same server with its state in Redis (Streams).
  const server = await createServer({
    port: 0,
    foreignPort: 0,
    distDir: 'dist',
    redisUrl: process.env.REDIS_URL,
    instanceName: process.env.INSTANCE_NAME,
    feed: { timeEveryMs: 0, notificationEveryMs: 0, alertEveryMs: 0 },
    chat: BENCH_CHAT,
  });
  port = server.ports.app;
} else if (kind === 'pubsub') {
  port = (await startPubSubRelay(process.env.REDIS_URL ?? '')).port;
} else if (kind === 'minimal-ws') {
  port = (await startMinimalWs()).port;
} else if (kind === 'minimal-sse') {
  port = (await startMinimalSse()).port;
} else {
  throw new Error(`unknown server kind ${kind}`);
}

process.on('message', (message: { type: string }) => {
  if (message.type !== 'memory') return;
  (globalThis as { gc?: () => void }).gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  process.send?.({ type: 'memory', rss, heapUsed });
});
process.send?.({ type: 'ready', port });
