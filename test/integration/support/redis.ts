// Redis for the integration tests: each suite starts its own redis-server (temporary directory, free
// loopback port, no persistence unless asked) and stops it. Where redis-server is not installed the
// Redis suites are skipped with one line saying how to install it; `.ci/run` installs it, so CI runs them.
import { afterAll, beforeAll, describe } from 'vitest';
import {
  findRedisServer,
  REDIS_INSTALL_HINT,
  startRedis,
  type RedisProcess,
  type RedisProcessOptions,
} from '../../../mock-server/cluster/redis-process';

export const redisMissing = findRedisServer() === null;
if (redisMissing) console.warn(`Redis tests skipped. ${REDIS_INSTALL_HINT}`);

/** `describe` when redis-server is installed, `describe.skip` otherwise. */
export const describeWithRedis = redisMissing ? describe.skip : describe;

/** A private Redis for the enclosing suite: started before its tests, removed after them. */
export function useRedis(options: RedisProcessOptions = {}): () => RedisProcess {
  let redis: RedisProcess | null = null;
  beforeAll(async () => {
    redis = await startRedis(options);
  });
  afterAll(async () => {
    await redis?.close();
  });
  return () => {
    if (!redis) throw new Error('Redis is not running (used outside a test?)');
    return redis;
  };
}
