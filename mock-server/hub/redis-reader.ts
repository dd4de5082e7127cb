// One reader loop per instance: XREAD BLOCK over every stream this instance follows, each from the
// last id it dispatched. A blip (Redis restarting, a dropped socket) only pauses the loop; it then
// reads on from the same ids, so nothing written meanwhile is skipped. This is what plain pub/sub
// cannot do: a message published while a subscriber is disconnected is gone for it.
import type { Backplane } from './redis-backplane';
import { readStreams, type StreamEntry } from './redis-streams';

export type StreamListener = (entry: StreamEntry) => void;

export type StreamReader = ReturnType<typeof createStreamReader>;

export type StreamReaderOptions = {
  /** How long one XREAD waits for news; following a new stream interrupts it (CLIENT UNBLOCK). */
  blockMs?: number;
  /** Entries per stream per read. */
  batch?: number;
  /** Pause after a failed read (Redis away) before trying again. */
  retryMs?: number;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function createStreamReader(backplane: Backplane, options: StreamReaderOptions = {}) {
  const blockMs = options.blockMs ?? 5000;
  const batch = options.batch ?? 500;
  const retryMs = options.retryMs ?? 200;
  const cursors = new Map<string, string>();
  const listeners = new Map<string, Set<StreamListener>>();
  let readerId: number | null = null;
  let reading: number | null = null; // the version of the key set the pending XREAD was sent with
  let version = 0;
  let idle: (() => void) | null = null;
  let closed = false;
  let reads = 0;
  let failures = 0;

  /** The key set changed: a blocked XREAD must return so the next one includes the new stream. */
  async function interrupt() {
    version++;
    idle?.();
    for (let attempt = 0; attempt < 20 && reading !== null && reading < version; attempt++) {
      if (readerId !== null) {
        const unblocked = await backplane.command
          .sendCommand(['CLIENT', 'UNBLOCK', String(readerId)])
          .catch(() => 0);
        if (unblocked === 1) return;
      }
      // The XREAD was not blocked yet (still on its way): try again in a moment.
      await sleep(10);
    }
  }

  async function loop() {
    while (!closed) {
      if (cursors.size === 0) {
        await new Promise<void>((resolve) => (idle = resolve));
        idle = null;
        continue;
      }
      try {
        readerId ??= Number(await backplane.reader.sendCommand(['CLIENT', 'ID']));
        reading = version;
        const result = await readStreams(backplane.reader, new Map(cursors), blockMs, batch);
        reading = null;
        reads++;
        for (const { key, entries } of result ?? []) {
          for (const entry of entries) {
            if (!cursors.has(key)) break; // nobody follows it any more
            cursors.set(key, entry.id);
            for (const listener of listeners.get(key) ?? []) listener(entry);
          }
        }
      } catch {
        reading = null;
        readerId = null; // a new connection has a new client id
        failures++;
        if (!closed) await sleep(retryMs);
      }
    }
  }
  void loop();

  return {
    /**
     * Calls `listener` with every entry of `key` after `from` (this instance's cursor if it
     * already follows the stream). Returns the function that stops it.
     */
    follow(key: string, from: string, listener: StreamListener): () => void {
      let set = listeners.get(key);
      if (!set) listeners.set(key, (set = new Set()));
      set.add(listener);
      if (!cursors.has(key)) {
        cursors.set(key, from);
        void interrupt();
      }
      return () => {
        set.delete(listener);
        if (set.size > 0 || listeners.get(key) !== set) return;
        listeners.delete(key);
        cursors.delete(key);
      };
    },
    /** The last id dispatched for `key`, when this instance follows it. */
    cursor: (key: string) => cursors.get(key) ?? null,
    stats: () => ({ following: cursors.size, reads, failures }),
    close() {
      closed = true;
      idle?.();
      listeners.clear();
      cursors.clear();
    },
  };
}
