// A real hub (memory or Redis) wrapped so a test can open the windows a resume path must survive,
// on purpose instead of by timing luck:
// - `before`: work done just before the next subscription to a topic is made (say, publishing
//   between a replay's last history read and going live);
// - `after`: work done once that subscription exists, before the caller goes on (publishing
//   between going live and reading the history);
// - `late`: that subscription's entries are held back until the next history read has returned,
//   as the Redis hub does when its reader loop (one XREAD per instance) is behind the XRANGE the
//   history read made: delivery is asynchronous and the hub's contract allows it.
import type { Hub, HubEntry } from '../../../mock-server/hub/types';

export type Window = {
  topic: string;
  before?: () => Promise<void>;
  after?: () => Promise<void>;
  late?: boolean;
};

export type WindowHub = Hub & {
  /** Opens `window` on the next subscription to its topic (once). */
  arm(window: Window): void;
  /** Entries that were held back and handed over after a read. */
  released(): number;
};

export function windowHub(inner: Hub): WindowHub {
  let armed: Window | null = null;
  let released = 0;
  /** Late subscriptions waiting for the next read to return. */
  const waiting: (() => void)[] = [];

  return {
    ...inner,
    arm(window) {
      armed = window;
    },
    released: () => released,
    async subscribe(topic, options, onEntry) {
      const window = armed?.topic === topic ? armed : null;
      if (window) armed = null;
      await window?.before?.();
      let queue: HubEntry[] | null = window?.late ? [] : null;
      if (queue)
        waiting.push(() => {
          const due = queue ?? [];
          queue = null;
          released += due.length;
          due.forEach(onEntry);
        });
      const subscription = await inner.subscribe(topic, options, (entry) => {
        if (queue) queue.push(entry);
        else onEntry(entry);
      });
      await window?.after?.();
      return subscription;
    },
    async read(topic, options) {
      const page = await inner.read(topic, options);
      const due = waiting.splice(0);
      // After the reader has used the page (its continuation runs first), as a lagging XREAD would.
      if (due.length > 0) setImmediate(() => due.forEach((release) => release()));
      return page;
    },
  };
}
