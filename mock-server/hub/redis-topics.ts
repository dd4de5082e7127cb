// Topics over Redis Streams: publish (acknowledged only once Redis stored it), history pages by id,
// and subscribe-from-a-cursor with no race between catching up and going live: the subscriber
// follows the stream (live entries held back) before the catch-up is read, and live entries at or
// before the last one caught up are dropped. So each entry arrives once, in order, on any instance.
import type { Backplane } from './redis-backplane';
import { switchable, type PubSubTransport } from './redis-pubsub';
import type { StreamReader } from './redis-reader';
import { entryOf, locate, seqOf } from './redis-entries';
import { publishScript, topicState, type TopicState } from './redis-scripts';
import { entriesFrom, type StreamEntry } from './redis-streams';
import { formatHubId } from './ids';
import type { HistoryPage, HubEntry, HubMessage, HubSubscription } from './types';

const PAGE = 500;

export type RedisTopics = ReturnType<typeof createRedisTopics>;

export function createRedisTopics(
  backplane: Backplane,
  reader: StreamReader,
  pubsub: PubSubTransport,
  options: {
    prefix: string;
    maxEntries: (topic: string) => number;
    /** Data bytes a topic's history keeps (the oldest go first past it). */
    maxBytes: (topic: string) => number;
    /**
     * Entries physically kept beyond the retention, so an instance whose reader lags (a busy
     * process, a blip) still finds what it has not read yet. History and resume never see them.
     */
    slack: number;
  },
) {
  const redis = backplane.command;
  // One hash tag per topic: its three keys share a Redis Cluster slot (see redis-scripts.ts).
  const keysOf = (topic: string) => {
    const base = `${options.prefix}{${topic}}`;
    return [`${base}:log`, `${base}:live`, `${base}:meta`] as const;
  };
  const stateOf = (topic: string) => topicState(redis, keysOf(topic), options.maxEntries(topic));

  async function readPage(
    topic: string,
    state: TopicState,
    after: string | null | undefined,
    limit: number,
  ): Promise<HistoryPage> {
    const { from, gap } = locate(state, after);
    const raw =
      from > state.seq ? [] : await entriesFrom(redis, keysOf(topic)[0], `${from}-0`, limit + 1);
    const entries = raw.slice(0, limit).map((entry) => entryOf(topic, entry, seqOf(entry.id)));
    return {
      entries,
      more: raw.length > limit,
      start: formatHubId(state.origin, from - 1),
      total: Math.max(0, state.seq - from + 1),
      gap,
    };
  }

  const counters = { missed: 0 };
  // The newest seq this instance had acknowledged per topic: what a closing subscriber still gets.
  const published = new Map<string, number>();

  return {
    keysOf,
    /** Entries subscribers here never got because Redis trimmed them before the reader came. */
    missed: () => counters.missed,
    /** Resolves once Redis has stored the entry; throws BackplaneDownError while Redis is away. */
    async publish(topic: string, message: HubMessage, keep = true): Promise<HubEntry> {
      backplane.assertUp();
      // The break-it switch: a chat message on the wire only, stored nowhere (redis-pubsub.ts).
      if (keep && pubsub.mode() === 'pubsub' && switchable(topic)) {
        const sent = await pubsub.publish(topic, keysOf(topic)[2], {
          kind: message.kind,
          data: message.data,
          from: message.from ?? '',
        });
        published.set(topic, Math.max(published.get(topic) ?? 0, sent.seq));
        return { ...message, id: formatHubId(sent.origin, sent.seq), topic };
      }
      const { origin, seq } = await publishScript(redis, keysOf(topic), {
        keep,
        maxEntries: Math.max(options.maxEntries(topic), options.slack),
        kind: message.kind,
        data: message.data,
        from: message.from ?? '',
        served: options.maxEntries(topic),
        maxBytes: options.maxBytes(topic),
      });
      if (keep) published.set(topic, Math.max(published.get(topic) ?? 0, seq));
      return { ...message, id: formatHubId(origin, seq), topic };
    },
    async read(topic: string, after: string | null | undefined, limit: number) {
      backplane.assertUp();
      return readPage(topic, await stateOf(topic), after, limit);
    },
    async head(topic: string): Promise<string> {
      backplane.assertUp();
      const state = await stateOf(topic);
      return formatHubId(state.origin, state.seq);
    },
    async subscribe(
      topic: string,
      after: string | null,
      onEntry: (entry: HubEntry) => void,
    ): Promise<HubSubscription> {
      backplane.assertUp();
      const [logKey, liveKey] = keysOf(topic);
      const state = await stateOf(topic);
      let held: [StreamEntry, boolean][] | null = [];
      let lastSeq = state.seq;
      let cutoff = Infinity; // set by close()
      const deliverLog = (entry: StreamEntry, wire = false) => {
        const seq = seqOf(entry.id);
        if (seq <= lastSeq || seq > cutoff) return;
        // Trimmed before this instance read them (stream), or published while its subscriber was
        // away (pub/sub): lost for this subscriber, and counted.
        if (!held && seq > lastSeq + 1) {
          if (wire) pubsub.lost(seq - lastSeq - 1);
          else counters.missed += seq - lastSeq - 1;
        }
        lastSeq = seq;
        onEntry(entryOf(topic, entry, seq));
        if (seq >= cutoff) close();
      };
      const stops = [
        reader.follow(logKey, reader.cursor(logKey) ?? `${state.seq}-0`, (entry) =>
          held ? held.push([entry, false]) : deliverLog(entry),
        ),
        ...(switchable(topic)
          ? [
              pubsub.follow(topic, (entry) =>
                held ? held.push([entry, true]) : deliverLog(entry, true),
              ),
            ]
          : []),
        // Live-only entries (presence, notices) are delivered once live, never replayed.
        reader.follow(liveKey, reader.cursor(liveKey) ?? state.liveId, (entry) => {
          if (!held && cutoff === Infinity)
            onEntry(entryOf(topic, entry, Number(entry.fields.h ?? 0)));
        }),
      ];
      let stopped = false;
      const close = () => {
        if (!stopped) stops.forEach((stop) => stop());
        stopped = true;
      };
      // "From now" is a catch-up from the head read above: entries this instance dispatched between
      // that read and `follow` are then not skipped.
      const first = locate(state, after ?? formatHubId(state.origin, state.seq));
      const gap = after === null ? null : first.gap;
      try {
        lastSeq = first.from - 1;
        for (;;) {
          const page = await entriesFrom(redis, logKey, `${lastSeq + 1}-0`, PAGE);
          for (const entry of page) deliverLog(entry);
          if (page.length < PAGE) break;
        }
        const pending = held;
        held = null;
        for (const [entry, wire] of pending) deliverLog(entry, wire);
      } catch (error) {
        close();
        throw error;
      }
      return {
        gap,
        // Delivery is asynchronous here (the reader loop), so closing drains: entries this instance
        // had acknowledged before close() still arrive, nothing later does (at most 2 s of waiting).
        close() {
          if (cutoff !== Infinity) return;
          cutoff = Math.max(lastSeq, published.get(topic) ?? 0);
          if (lastSeq >= cutoff) close();
          else setTimeout(close, 2000).unref();
        },
      };
    },
  };
}
