// The server in a child process started with --expose-gc, driven over IPC by the memory test:
// `fill` publishes feed events, `heap` forces GC and reports the heap, `info` returns the bounds.
import { createServer } from '../../../mock-server/index';
import { envelopeFrom, peer } from './clients';

const server = await createServer({
  port: 0,
  foreignPort: 0,
  distDir: 'dist',
  feed: { timeEveryMs: 0, notificationEveryMs: 0, alertEveryMs: 0, heartbeatMs: 60_000 },
  history: { idleMs: 300 },
});
const gc = (globalThis as { gc?: () => void }).gc;

type Message = { type: 'fill'; count: number; size: number } | { type: 'heap' } | { type: 'info' };

process.on('message', (message: Message) => {
  void (async () => {
    if (message.type === 'fill') {
      for (let i = 1; i <= message.count; i++)
        await server.feed.publish(
          'message',
          envelopeFrom(peer('Fill'), 'chat', 'f'.repeat(message.size), i),
        );
      process.send?.({ type: 'filled' });
    } else if (message.type === 'heap') {
      for (let i = 0; i < 4; i++) {
        gc?.();
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const usage = process.memoryUsage();
      process.send?.({
        type: 'heap',
        heapUsed: usage.heapUsed,
        external: usage.external + usage.arrayBuffers,
      });
    } else if (message.type === 'info') {
      process.send?.({
        type: 'info',
        info: {
          ws: server.chat.limits(),
          sse: server.feed.limits(),
          history: server.hub.stats(),
          feed: server.feed.info(),
        },
      });
    }
  })();
});
process.send?.({ type: 'ready', ports: server.ports, gc: typeof gc === 'function' });
