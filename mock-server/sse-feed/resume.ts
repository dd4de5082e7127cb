// Where a (re)connecting stream starts: the browser sends Last-Event-ID itself when it reconnects;
// a page that closed and opens a new EventSource passes it as ?lastEventId= (EventSource cannot set
// headers: https://html.spec.whatwg.org/multipage/server-sent-events.html#the-eventsource-interface).
// An id the hub cannot resume exactly gets a `reset` that says why, never a silent gap.
import type { IncomingMessage } from 'node:http';
import type { SseReset } from '../../src/shared/server-protocol';
import { parseTarget } from '../guard/url';
import { parseHubId } from '../hub/ids';
import { FEED_TOPIC } from '../hub/topics';
import type { HistoryPage, Hub } from '../hub/types';

export const REPLAY_PAGE = 100;

export function lastEventIdOf(req: IncomingMessage): string | null {
  const header = req.headers['last-event-id'];
  const query = parseTarget(req.url)?.searchParams.get('lastEventId') ?? null;
  // Bounded: a cursor is short; anything longer cannot be one.
  const value = (typeof header === 'string' && header) || query || null;
  return value === null ? null : value.slice(0, 64);
}

export type Start = {
  head: string;
  epoch: string;
  /** The cursor the stream stands at before its first replayed event (the `ready` event's id). */
  cursor: string;
  first: HistoryPage | null;
  reset: SseReset | null;
  replayed: number;
};

export async function startFrom(hub: Hub, lastId: string | null): Promise<Start> {
  const head = await hub.head(FEED_TOPIC);
  const epoch = parseHubId(head)?.origin ?? '';
  if (lastId === null) return { head, epoch, cursor: head, first: null, reset: null, replayed: 0 };
  const first = await hub.read(FEED_TOPIC, { after: lastId, limit: REPLAY_PAGE });
  const gap = first.gap;
  const replayed = first.total ?? first.entries.length;
  if (!gap) return { head, epoch, cursor: lastId, first, reset: null, replayed };
  const reset: SseReset = {
    reason:
      gap.reason === 'trimmed'
        ? 'too-old'
        : gap.reason === 'other-origin'
          ? 'server-restarted'
          : 'unreadable',
    resumedFrom: lastId,
    lost: gap.lost,
    epoch,
  };
  if (gap.reason === 'unreadable')
    return { head, epoch, cursor: head, first: null, reset, replayed: 0 };
  return { head, epoch, cursor: first.start, first, reset, replayed };
}
