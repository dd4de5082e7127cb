// The environment variables of a cluster instance, for cli.ts: REDIS_URL puts the class state in
// Redis (without it nothing changes: one process, in memory); INSTANCE_NAME names it in the
// server panel; HEARTBEAT_MS sets the ping interval and PRESENCE_TTL_MS how soon the members of
// an instance that died leave presence (default: three heartbeats, at least 30 s); FEED_GENERATED=off stops the feed's own
// clock, notifications and alerts (tests that count events).
import { backplaneOf } from '../hub/backplane';
import { redactRedisUrl } from '../hub/redis-hub';
import type { RunningServer, ServerOptions } from '../options';

export function clusterOptionsFromEnv(env: NodeJS.ProcessEnv): Partial<ServerOptions> {
  const options: Partial<ServerOptions> = {};
  if (env.REDIS_URL) options.redisUrl = env.REDIS_URL;
  if (env.INSTANCE_NAME) options.instanceName = env.INSTANCE_NAME;
  const heartbeatMs = Number(env.HEARTBEAT_MS);
  const presenceTtlMs = Number(env.PRESENCE_TTL_MS);
  options.chat = {
    ...(env.HEARTBEAT_MS && Number.isInteger(heartbeatMs) && heartbeatMs >= 100
      ? { heartbeatMs }
      : {}),
    ...(env.PRESENCE_TTL_MS && Number.isInteger(presenceTtlMs) && presenceTtlMs >= 500
      ? { presenceTtlMs }
      : {}),
  };
  if (env.FEED_GENERATED === 'off')
    options.feed = { timeEveryMs: 0, notificationEveryMs: 0, alertEveryMs: 0 };
  return options;
}

/** The banner's line about where the class state lives (nothing for one in-memory server). */
export function backplaneLine(server: RunningServer): string {
  const backplane = backplaneOf(server.hub);
  if (backplane.kind !== 'redis') return '';
  return `\n  Backplane:      Redis at ${redactRedisUrl(backplane.url)} (rooms, presence, history and the feed are shared)`;
}
