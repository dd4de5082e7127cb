// The hub a server keeps its state in: the one given (tests, a shared cluster hub), Redis when a
// URL is given, otherwise memory. Each topic's history is bounded by entries and by bytes.
import { SSE_LIMITS, WS_LIMITS } from '../../src/shared/server-protocol';
import { createMemoryHub } from './memory-hub';
import { createRedisHub } from './redis-hub';
import { FEED_TOPIC } from './topics';
import type { Hub, Retention } from './types';

type Options = {
  hub?: Hub;
  redisUrl?: string;
  history?: { budgetBytes?: number; idleMs?: number };
  replay?: number;
};

/** Rooms keep their last 50 messages; the feed its last 1,000 events and never goes idle. */
const retentionFor =
  (replay: number) =>
  (topic: string): Retention =>
    topic === FEED_TOPIC
      ? { maxEntries: replay, maxBytes: 4 * 1024 * 1024, evictWhenIdle: false }
      : { maxEntries: WS_LIMITS.history, maxBytes: 256 * 1024, evictWhenIdle: true };

type Opened = { hub: Hub; retention: (topic: string) => Retention; owned: boolean };

/** The hub, its retention, and whether this server made it (and so closes it). */
export async function openHub(options: Options): Promise<Opened> {
  const retention = retentionFor(options.replay ?? SSE_LIMITS.replay);
  if (options.hub) return { hub: options.hub, retention, owned: false };
  const hub = options.redisUrl
    ? await createRedisHub({ url: options.redisUrl, retention })
    : createMemoryHub({ ...options.history, retention });
  return { hub, retention, owned: true };
}
