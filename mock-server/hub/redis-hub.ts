// The hub in Redis (types.ts has the contract), for several server instances serving one class:
// one stream per topic (a chat room, the feed) read by one loop per instance, a per-topic counter
// written atomically with each entry so ids are `<origin>-<seq>` on every instance, and presence
// with expiry. Acknowledged means stored: `publish` resolves only after Redis took the entry, and
// while Redis is unreachable every call is refused with BackplaneDownError instead of being kept
// here, where a crash would lose it. When Redis returns, the reader goes on from its last ids.
import { asBackplaneError, connectBackplane, type BackplaneState } from './redis-backplane';
import { createInstanceRegistry } from './redis-instances';
import { createMeasurements } from './redis-measure';
import { createRedisPresence } from './redis-presence';
import { createPubSubTransport, type Transport } from './redis-pubsub';
import { createStreamReader, type StreamReaderOptions } from './redis-reader';
import { createRedisTopics } from './redis-topics';
import type { Hub, HubStats, Retention } from './types';

/** A topic's history in data bytes when the retention names none (the memory hub's default). */
const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

export type RedisHubOptions = {
  url: string;
  /** Every key starts with it, so several labs can share one Redis (default `comms-lab:`). */
  prefix?: string;
  retention?: (
    topic: string,
  ) => Pick<Retention, 'maxEntries'> & Partial<Pick<Retention, 'maxBytes'>>;
  reader?: StreamReaderOptions;
  /** Entries kept per stream beyond the retention for readers that lag (default 1,000). */
  slack?: number;
  /** How often an instance writes its heartbeat, and after how long without one it is gone. */
  instances?: { everyMs?: number; ttlMs?: number };
};

export type BackplaneInfo = {
  kind: 'redis';
  up: boolean;
  /** Why it is down: the client's last error. */
  reason: string | null;
  since: number;
  url: string;
  /** This instance's reader loop: reads done, reads that failed (Redis away), streams followed. */
  reader: { reads: number; failures: number; following: number };
  /** Entries trimmed before this instance's reader got to them (0 unless it lagged past the slack). */
  missed: number;
  /**
   * The break-it switch: how chat rooms fan out (cluster-wide), chat messages this instance's
   * subscribers never got while on pub/sub, and the name of its subscriber connection.
   */
  transport: { mode: Transport; lost: number; subscriber: string };
};

export type RedisHub = Hub & {
  backplane(): BackplaneInfo;
  onBackplaneChange(listener: (state: BackplaneState) => void): () => void;
  /** Streams (stored, resumable) or plain pub/sub (lost while away) for every instance's rooms. */
  setTransport(mode: Transport): Promise<void>;
  /** The instances sharing this Redis (this one registers itself once it knows its URL). */
  instances: ReturnType<typeof createInstanceRegistry>;
};

/** The URL without its password, for /api/info and the banner. */
export function redactRedisUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'redis://(unparsable URL)';
  }
}

/** Redis calls, with a connection lost mid-command reported as the backplane being down. */
async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw asBackplaneError(error);
  }
}

export async function createRedisHub(options: RedisHubOptions): Promise<RedisHub> {
  const prefix = options.prefix ?? 'comms-lab:';
  const retention: NonNullable<RedisHubOptions['retention']> =
    options.retention ?? (() => ({ maxEntries: 1000 }));
  const backplane = await connectBackplane(options.url);
  const reader = createStreamReader(backplane, options.reader);
  const pubsub = await createPubSubTransport(options.url, backplane.command, prefix).catch(
    async (error: unknown) => {
      await backplane.close();
      throw error;
    },
  );
  const topics = createRedisTopics(backplane, reader, pubsub, {
    prefix,
    maxEntries: (topic) => retention(topic).maxEntries,
    maxBytes: (topic) => retention(topic).maxBytes ?? DEFAULT_MAX_BYTES,
    slack: options.slack ?? 1000,
  });
  const presence = createRedisPresence(backplane, prefix);
  const instances = createInstanceRegistry(backplane, prefix, options.instances);
  const known = new Set<string>();
  const subscriptions = new Map<string, number>();
  const { measured, measure, afterPublish } = await createMeasurements(
    backplane,
    topics,
    known,
    (topic) => retention(topic).maxEntries,
  );

  return {
    async publish(topic, message, publishOptions = {}) {
      known.add(topic);
      const keep = publishOptions.keep ?? true;
      const entry = await guarded(() => topics.publish(topic, message, keep));
      afterPublish(entry, keep);
      return entry;
    },
    async read(topic, readOptions = {}) {
      known.add(topic);
      const limit = Math.max(1, readOptions.limit ?? 100);
      return guarded(() => topics.read(topic, readOptions.after, limit));
    },
    async head(topic) {
      known.add(topic);
      return guarded(() => topics.head(topic));
    },
    async subscribe(topic, { after }, onEntry) {
      known.add(topic);
      const safe = (entry: Parameters<typeof onEntry>[0]) => {
        try {
          onEntry(entry);
        } catch (error) {
          console.error('[comms-lab] hub subscriber threw', error);
        }
      };
      const subscription = await guarded(() => topics.subscribe(topic, after, safe));
      subscriptions.set(topic, (subscriptions.get(topic) ?? 0) + 1);
      let open = true;
      return {
        gap: subscription.gap,
        close() {
          if (!open) return;
          open = false;
          subscription.close();
          const left = (subscriptions.get(topic) ?? 1) - 1;
          if (left > 0) subscriptions.set(topic, left);
          else subscriptions.delete(topic);
        },
      };
    },
    presence: {
      join: (room, member, ttlMs) => guarded(() => presence.presence.join(room, member, ttlMs)),
      leave: (room, id) => guarded(() => presence.presence.leave(room, id)),
      list: (room, limit) => guarded(() => presence.presence.list(room, limit)),
    },
    stats(): HubStats {
      if (Date.now() - measured.at > 1000) void measure().catch(() => undefined);
      let count = 0;
      for (const n of subscriptions.values()) count += n;
      return {
        topics: known.size,
        entries: measured.entries,
        bytes: measured.bytes,
        budgetBytes: measured.budgetBytes,
        subscriptions: count,
        idleTopics: [...known].filter((topic) => !subscriptions.has(topic)).length,
        // Redis trims each stream (MINID ~) and never forgets a whole topic on its own.
        evictedTopics: 0,
        trimmedEntries: measured.trimmed,
        // The byte bound per topic: data bytes history serves now, and entries cut to stay under it.
        historyBytes: measured.historyBytes,
        trimmedForBytes: measured.trimmedForBytes,
        ...presence.stats(),
      };
    },
    backplane() {
      const state = backplane.state();
      return {
        kind: 'redis',
        ...state,
        url: redactRedisUrl(options.url),
        reader: reader.stats(),
        missed: topics.missed(),
        transport: pubsub.stats(),
      };
    },
    onBackplaneChange: (listener) => backplane.onChange(listener),
    setTransport: (mode) => guarded(() => pubsub.setMode(mode)),
    instances,
    async close() {
      instances.close();
      reader.close();
      pubsub.close();
      await backplane.close();
    },
  };
}
