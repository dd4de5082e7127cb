// The break-it switch (issue 15): chat rooms' live fan-out through plain Redis PUBLISH/SUBSCRIBE
// instead of the stream. Ids still come from the topic's counter (so every gap is visible), but
// nothing is stored: Redis delivers a PUBLISH only to the connections subscribed at that moment
// (https://redis.io/docs/latest/develop/interact/pubsub/, "at-most-once"), so an instance whose
// subscriber connection is away when a message is published never gets it, and neither do its
// clients. The mode is cluster-wide: a key read at start-up and a control channel every instance
// listens on, so a publish on any instance follows the same switch.
import { randomBytes } from 'node:crypto';
import { createClient } from 'redis';
import type { RedisConnection } from './redis-backplane';
import { runScript } from './redis-scripts';
import type { StreamEntry } from './redis-streams';

export type Transport = 'streams' | 'pubsub';

/** Which topics the switch moves: chat rooms (the feed and live-only entries stay on streams). */
export const switchable = (topic: string) => topic.startsWith('room:');

/**
 * KEYS: meta. ARGV: origin if new, channel, kind, data, from. Takes the next seq exactly as the
 * stream publish does, and PUBLISHes instead of XADD: the message exists only on the wire.
 */
const PUBLISH = `
local origin = redis.call('HGET', KEYS[1], 'origin')
if not origin then
  origin = ARGV[1]
  redis.call('HSET', KEYS[1], 'origin', origin, 'seq', 0)
end
local seq = redis.call('HINCRBY', KEYS[1], 'seq', 1)
redis.call('PUBLISH', ARGV[2], cjson.encode({o = origin, s = seq, k = ARGV[3], d = ARGV[4], f = ARGV[5]}))
return {origin, seq}
`;

type Wire = { o: string; s: number; k: string; d: string; f: string };

export async function createPubSubTransport(url: string, command: RedisConnection, prefix: string) {
  const modeKey = `${prefix}transport`;
  const channelOf = (topic: string) => `${prefix}{${topic}}:pubsub`;
  // Named, so a test (or a teacher with redis-cli) can CLIENT KILL exactly this connection.
  const name = `${prefix.replace(/[^a-z0-9]/gi, '')}-sub-${randomBytes(4).toString('hex')}`;
  const subscriber = createClient({
    url,
    RESP: 2,
    name,
    socket: { reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, 1000) },
  });
  subscriber.on('error', () => undefined); // a drop; node-redis reconnects and resubscribes
  await subscriber.connect();
  let mode: Transport =
    (await command.sendCommand(['GET', modeKey])) === 'pubsub' ? 'pubsub' : 'streams';
  await subscriber.subscribe(modeKey, (value) => {
    mode = value === 'pubsub' ? 'pubsub' : 'streams';
  });
  const listeners = new Map<string, Set<(entry: StreamEntry) => void>>();
  const counters = { lost: 0 };

  return {
    name,
    mode: () => mode,
    async setMode(next: Transport) {
      mode = next;
      await command.sendCommand(['SET', modeKey, next]);
      await command.sendCommand(['PUBLISH', modeKey, next]);
    },
    /** Counts messages a subscriber here saw skipped on the pub/sub path (ids are consecutive). */
    lost: (n: number) => (counters.lost += n),
    stats: () => ({ mode, lost: counters.lost, subscriber: name }),
    async publish(
      topic: string,
      metaKey: string,
      message: { kind: string; data: string; from: string },
    ) {
      const [origin, seq] = (await runScript(
        command,
        PUBLISH,
        [metaKey],
        [Date.now().toString(36), channelOf(topic), message.kind, message.data, message.from],
      )) as [string, number];
      return { origin, seq: Number(seq) };
    },
    /** Entries PUBLISHed on `topic` from now on, shaped as stream entries (`<seq>-0`). */
    follow(topic: string, listener: (entry: StreamEntry) => void): () => void {
      const channel = channelOf(topic);
      let set = listeners.get(channel);
      if (!set) {
        const fresh = new Set<(entry: StreamEntry) => void>();
        listeners.set(channel, (set = fresh));
        void subscriber
          .subscribe(channel, (raw) => {
            const wire = JSON.parse(raw) as Wire;
            const entry = {
              id: `${wire.s}-0`,
              fields: { o: wire.o, k: wire.k, d: wire.d, f: wire.f },
            };
            for (const each of fresh) each(entry);
          })
          .catch(() => undefined);
      }
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size > 0 || listeners.get(channel) !== set) return;
        listeners.delete(channel);
        void subscriber.unsubscribe(channel).catch(() => undefined);
      };
    },
    close() {
      listeners.clear();
      if (subscriber.isOpen) subscriber.destroy();
    },
  };
}

export type PubSubTransport = Awaited<ReturnType<typeof createPubSubTransport>>;
