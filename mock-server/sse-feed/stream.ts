// One open EventSource response. Replay waits for the socket to drain before writing more (a reader
// that never reads holds one page, not the whole history); live writes never wait, and a stream
// whose unsent backlog passes the bound is cut: the browser reconnects by itself with Last-Event-ID
// and resumes from the history, so a slow reader loses nothing and the server holds no unbounded
// backlog (https://nodejs.org/api/stream.html#writablewritablelength).
import type { ServerResponse } from 'node:http';
import { FEED_TOPIC } from '../hub/topics';
import type { Hub, HubEntry, HubSubscription } from '../hub/types';
import { record } from './record';
import { REPLAY_PAGE, type Start } from './resume';

export type Stream = ReturnType<typeof createStream>;

export function createStream(res: ServerResponse, maxBacklog: number, onCut: () => void) {
  let open = true;
  let subscription: HubSubscription | null = null;
  const stream = {
    res,
    get open() {
      return open && !res.destroyed;
    },
    /** Live: never waits; past the backlog bound the stream is cut. */
    write(chunk: string) {
      if (!stream.open) return;
      res.write(chunk);
      if (res.writableLength > maxBacklog) {
        onCut();
        stream.close();
      }
    },
    /** Replay: resolves when the socket can take more (false when the stream went away). */
    writeAndWait(chunk: string): Promise<boolean> {
      if (!stream.open) return Promise.resolve(false);
      if (res.write(chunk)) return Promise.resolve(true);
      return new Promise((resolve) => {
        const done = (ok: boolean) => {
          res.off('drain', drained);
          res.off('close', closed);
          resolve(ok && stream.open);
        };
        const drained = () => done(true);
        const closed = () => done(false);
        res.once('drain', drained);
        res.once('close', closed);
      });
    },
    attach(next: HubSubscription) {
      if (stream.open) subscription = next;
      else next.close();
    },
    close() {
      open = false;
      subscription?.close();
      subscription = null;
      res.destroy();
    },
  };
  return stream;
}

const chunkOf = (entry: HubEntry) => record(entry.kind, entry.data, entry.id);

/**
 * Replays what the stream missed, page by page with backpressure, then goes live from the last
 * id written (the hub delivers anything published meanwhile exactly once). Returns how many
 * events were replayed.
 */
export async function replayThenLive(hub: Hub, stream: Stream, start: Start): Promise<number> {
  let cursor = start.cursor;
  let page = start.first;
  let replayed = 0;
  while (page && stream.open) {
    for (const entry of page.entries) {
      if (!(await stream.writeAndWait(chunkOf(entry)))) return replayed;
      cursor = entry.id;
      replayed++;
    }
    if (!page.more) break;
    page = await hub.read(FEED_TOPIC, { after: cursor, limit: REPLAY_PAGE });
    // The history moved past this reader while it replayed: cut, and its reconnect gets a reset.
    if (page.gap) {
      stream.close();
      return replayed;
    }
  }
  if (!stream.open) return replayed;
  const subscription = await hub.subscribe(FEED_TOPIC, { after: cursor }, (entry) =>
    stream.write(chunkOf(entry)),
  );
  if (subscription.gap) {
    subscription.close();
    stream.close();
    return replayed;
  }
  stream.attach(subscription);
  return replayed;
}
