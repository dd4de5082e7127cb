// The resume race windows on a real Redis (support/resume-race-suite.ts): there the hub delivers
// through each instance's reader loop, after the history read as often as before it.
import { createRedisHub } from '../../../mock-server/hub/redis-hub';
import { resumeRaceSuite } from '../support/resume-race-suite';
import { describeWithRedis, useRedis } from '../support/redis';

describeWithRedis('resume race windows, Redis hub', () => {
  const redis = useRedis();
  resumeRaceSuite(() => createRedisHub({ url: redis().url, prefix: 'race:' }));
});
