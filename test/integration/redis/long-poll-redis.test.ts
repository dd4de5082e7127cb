// `/api/poll` across two servers on one real Redis (each with its own Redis hub): a poll held on A
// is answered by a publish on B, resumes by id, and a trimmed cursor is said plainly.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createRedisHub, type RedisHub } from '../../../mock-server/hub/redis-hub';
import { createServer, type RunningServer } from '../../../mock-server/index';
import { answerOf, headOf, poll, pollSuite, publishTo } from '../support/poll-suite';
import { describeWithRedis, useRedis } from '../support/redis';

const RETAINED = 30;
const quiet = { timeEveryMs: 0, notificationEveryMs: 0, alertEveryMs: 0 };

describeWithRedis('long poll on the Redis hub, two instances', () => {
  const redis = useRedis();
  const hubs: RedisHub[] = [];
  const servers: RunningServer[] = [];
  beforeAll(async () => {
    for (let i = 0; i < 2; i++) {
      // No slack beyond the retention, so the trimmed-cursor test needs few events.
      const hub = await createRedisHub({
        url: redis().url,
        prefix: 'lp:',
        retention: () => ({ maxEntries: RETAINED }),
        slack: 0,
      });
      hubs.push(hub);
      servers.push(
        await createServer({ port: 0, foreignPort: 0, distDir: 'dist', hub, feed: quiet }),
      );
    }
  }, 30_000);
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
    await Promise.all(hubs.map((h) => h.close()));
  });

  pollSuite(() => ({
    a: servers[0] as RunningServer,
    b: servers[1] as RunningServer,
    retained: RETAINED,
  }));

  it('a reader that switches instance between polls misses nothing and gets nothing twice', async () => {
    const [a, b] = servers as [RunningServer, RunningServer];
    let cursor = await headOf(a);
    const sent: string[] = [];
    const got: string[] = [];
    for (let round = 0; round < 10; round++) {
      for (let i = 0; i < 5; i++) sent.push(await publishTo(round % 2 ? a : b, `s${round}-${i}`));
      const answer = await answerOf(await poll(round % 2 ? b : a, `after=${cursor}&wait=2000`));
      got.push(...answer.events.map((e) => e.id));
      cursor = answer.cursor;
      while (got.length < sent.length) {
        const next = await answerOf(await poll(a, `after=${cursor}&wait=2000`));
        got.push(...next.events.map((e) => e.id));
        cursor = next.cursor;
      }
    }
    expect(got).toEqual(sent);
  });
});
