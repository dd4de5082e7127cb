import { existsSync } from 'node:fs';
import { expect, it } from 'vitest';
import { pingRedis, startRedis } from '../../../mock-server/cluster/redis-process';
import { describeWithRedis } from '../support/redis';

describeWithRedis('a private redis-server (tests and npm run cluster)', () => {
  it('answers on a loopback port, stops, starts again on the same port, and leaves nothing', async () => {
    const redis = await startRedis();
    expect(redis.url).toBe(`redis://127.0.0.1:${redis.port}`);
    expect(existsSync(redis.dir)).toBe(true);
    expect(await pingRedis(redis.port)).toBe(true);
    await redis.stop();
    expect(await pingRedis(redis.port)).toBe(false);
    await redis.start();
    expect(await pingRedis(redis.port)).toBe(true);
    await redis.close();
    expect(await pingRedis(redis.port)).toBe(false);
    expect(existsSync(redis.dir)).toBe(false);
  });

  it('two at once get two ports', async () => {
    const [a, b] = await Promise.all([startRedis(), startRedis()]);
    try {
      expect(a.port).not.toBe(b.port);
      expect(await pingRedis(a.port)).toBe(true);
      expect(await pingRedis(b.port)).toBe(true);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
