// The hub in one process's memory (types.ts has the contract). Every topic's history lives under
// one byte budget: a topic keeps at most its own share, topics nobody listens to are forgotten after
// `idleMs` (or earlier, the longest idle first, when the budget is needed), and only then are the
// largest topic's oldest entries dropped.
import { createMemoryPresence } from './memory-presence';
import { MemoryTopic } from './memory-topic';
import type { Hub, HubEntry, HubStats, Retention } from './types';

export type MemoryHubOptions = {
  /** Bytes of history across all topics (default 16 MiB). */
  budgetBytes?: number;
  /** A topic idle this long is forgotten (default 10 minutes). */
  idleMs?: number;
  retention?: (topic: string) => Retention;
  now?: () => number;
};

export const DEFAULT_RETENTION: Retention = {
  maxEntries: 1000,
  maxBytes: 2 * 1024 * 1024,
  evictWhenIdle: true,
};

type Listener = (entry: HubEntry) => void;

/** What an empty topic costs (its map entry, origin, arrays): counted, so empty topics are bounded too. */
const TOPIC_OVERHEAD = 512;

export function createMemoryHub(options: MemoryHubOptions = {}): Hub {
  const budgetBytes = options.budgetBytes ?? 16 * 1024 * 1024;
  const idleMs = options.idleMs ?? 10 * 60_000;
  const retention = options.retention ?? (() => DEFAULT_RETENTION);
  const now = options.now ?? Date.now;
  const topics = new Map<string, MemoryTopic>();
  const listeners = new Map<string, Set<Listener>>();
  const presence = createMemoryPresence(now);
  const counters = { evictedTopics: 0, trimmedEntries: 0, bytes: 0 };

  const topicOf = (name: string) => {
    let topic = topics.get(name);
    if (!topic) {
      topic = new MemoryTopic(name, retention(name));
      // A topic nobody has subscribed to yet is idle from the start (history read by the API).
      if (topic.retention.evictWhenIdle) topic.idleSince = now();
      topics.set(name, topic);
      counters.bytes += TOPIC_OVERHEAD;
    }
    return topic;
  };

  function evict(topic: MemoryTopic) {
    counters.bytes -= topic.bytes + TOPIC_OVERHEAD;
    topics.delete(topic.name);
    counters.evictedTopics++;
  }

  function sweep() {
    const at = now();
    for (const topic of topics.values())
      if (topic.idleSince !== null && at - topic.idleSince >= idleMs) evict(topic);
    presence.sweep();
  }

  /** Back under the budget: idle topics first (longest idle first), then the largest's oldest. */
  function enforceBudget() {
    if (counters.bytes <= budgetBytes) return;
    const idle = [...topics.values()]
      .filter((topic) => topic.idleSince !== null)
      .sort((a, b) => (a.idleSince as number) - (b.idleSince as number));
    for (const topic of idle) {
      if (counters.bytes <= budgetBytes) return;
      evict(topic);
    }
    while (counters.bytes > budgetBytes) {
      let largest: MemoryTopic | null = null;
      for (const topic of topics.values())
        if (!largest || topic.bytes > largest.bytes) largest = topic;
      if (!largest || largest.length === 0) break;
      counters.bytes -= largest.shift();
      counters.trimmedEntries++;
    }
  }

  const timer = setInterval(sweep, Math.min(idleMs, 30_000));
  timer.unref();

  function deliver(entry: HubEntry) {
    for (const listener of listeners.get(entry.topic) ?? []) {
      try {
        listener(entry);
      } catch (error) {
        console.error('[comms-lab] hub subscriber threw', error);
      }
    }
  }

  return {
    async publish(name, message, publishOptions = {}) {
      const topic = topicOf(name);
      const before = topic.bytes;
      const clean = {
        kind: message.kind,
        data: message.data,
        ...(message.from ? { from: message.from } : {}),
      };
      const { entry, trimmed } = topic.append(clean, publishOptions.keep ?? true);
      counters.bytes += topic.bytes - before;
      counters.trimmedEntries += trimmed;
      enforceBudget();
      deliver(entry);
      return entry;
    },
    async read(name, readOptions = {}) {
      const limit = Math.max(1, readOptions.limit ?? 100);
      const topic = topics.get(name);
      if (topic) return topic.read(readOptions.after, limit);
      // Reading does not create a topic: an unknown room stays unknown (and costs nothing).
      const after = readOptions.after ?? null;
      return {
        entries: [],
        more: false,
        start: after ?? '0-0',
        total: 0,
        gap: after === null ? null : { reason: 'other-origin', lost: null },
      };
    },
    async head(name) {
      return topicOf(name).head();
    },
    async subscribe(name, { after }, onEntry) {
      const topic = topicOf(name);
      let gap = null;
      // Catch-up and going live happen in one turn of the event loop: nothing can come between.
      if (after !== null) {
        let cursor: string | null = after;
        for (;;) {
          const page = topic.read(cursor, 500);
          gap ??= page.gap;
          for (const entry of page.entries) onEntry(entry);
          if (!page.more || page.entries.length === 0) break;
          cursor = (page.entries.at(-1) as HubEntry).id;
        }
      }
      let set = listeners.get(name);
      if (!set) listeners.set(name, (set = new Set()));
      set.add(onEntry);
      topic.idleSince = null;
      let open = true;
      return {
        gap,
        close() {
          if (!open) return;
          open = false;
          set.delete(onEntry);
          if (set.size > 0) return;
          listeners.delete(name);
          const current = topics.get(name);
          if (current?.retention.evictWhenIdle) current.idleSince = now();
        },
      };
    },
    presence: presence.presence,
    stats(): HubStats {
      sweep();
      let entries = 0;
      let idleTopics = 0;
      for (const topic of topics.values()) {
        entries += topic.length;
        if (topic.idleSince !== null) idleTopics++;
      }
      let subscriptions = 0;
      for (const set of listeners.values()) subscriptions += set.size;
      return {
        topics: topics.size,
        entries,
        bytes: counters.bytes,
        budgetBytes,
        subscriptions,
        idleTopics,
        evictedTopics: counters.evictedTopics,
        trimmedEntries: counters.trimmedEntries,
        ...presence.stats(),
      };
    },
    async close() {
      clearInterval(timer);
      listeners.clear();
      topics.clear();
      counters.bytes = 0;
    },
  };
}
