// The same hub contract the memory hub passes, against a real Redis: each test gets a fresh,
// empty hub (its own key prefix on one private redis-server).
import { createRedisHub } from '../../../mock-server/hub/redis-hub';
import { CONTRACT_RETENTION, hubContract } from '../hub/hub-contract';
import { describeWithRedis, useRedis } from '../support/redis';

describeWithRedis('the Redis hub', () => {
  const redis = useRedis();
  let hubs = 0;
  hubContract('redis', () =>
    createRedisHub({
      url: redis().url,
      prefix: `contract-${++hubs}:`,
      retention: CONTRACT_RETENTION,
      reader: { blockMs: 1000 },
    }),
  );
});
