// The resume race windows on a real Redis (support/resume-race-suite.ts): there the hub delivers
// through each instance's reader loop, after the history read as often as before it.
import { afterAll, beforeAll } from 'vitest';
import { createRedisHub } from '../../../mock-server/hub/redis-hub';
import { createServer, type RunningServer } from '../../../mock-server/index';
import { resumeRaceSuite } from '../support/resume-race-suite';
import { describeWithRedis, useRedis } from '../support/redis';
import { windowHub, type WindowHub } from '../support/window-hub';

describeWithRedis('resume race windows, Redis hub', () => {
  const redis = useRedis();
  let server: RunningServer | undefined;
  let hub: WindowHub | undefined;
  beforeAll(async () => {
    hub = windowHub(await createRedisHub({ url: redis().url, prefix: 'race:' }));
    server = await createServer({
      port: 0,
      foreignPort: 0,
      distDir: 'dist',
      hub,
      feed: { timeEveryMs: 0, notificationEveryMs: 0, alertEveryMs: 0 },
    });
  }, 30_000);
  afterAll(async () => {
    await server?.close();
    await hub?.close();
  });
  resumeRaceSuite(() => ({ server: server as RunningServer, hub: hub as WindowHub }));
});
