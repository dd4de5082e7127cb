// The one server stream a leader (or, the naive way, every tab) opens: an EventSource on the feed,
// resuming from an id when the tab takes over. Each feed event becomes a Relay, ready to pass on.
// https://html.spec.whatwg.org/multipage/#the-last-event-id-header
import type { PeerRef } from '../../shared/envelope';
import { withJoinCode } from '../../lib/join-code';
import { PATHS } from '../../shared/endpoints';
import type { Relay } from './protocol';

const FEED_TYPES = ['message', 'time', 'notification', 'alert'] as const;

export type FeedHandlers = {
  open(): void;
  /** The browser lost the stream and retries by itself. */
  retrying(): void;
  /** The server's first event: where it resumed from and how much it replayed. */
  ready(ready: { resumedFrom: string | null; replayed: number }, lastEventId: string): void;
  event(relay: Relay): void;
};

const parseData = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return text; // kept as text: the log shows it raw
  }
};

/** The server's `ready` event, checked: anything else counts as a fresh start with no replay. */
function readReady(text: string): { resumedFrom: string | null; replayed: number } {
  const data = parseData(text);
  if (typeof data !== 'object' || data === null) return { resumedFrom: null, replayed: 0 };
  const { resumedFrom, replayed } = data as Record<string, unknown>;
  return {
    resumedFrom: typeof resumedFrom === 'string' ? resumedFrom : null,
    replayed: typeof replayed === 'number' && replayed >= 0 ? replayed : 0,
  };
}

/** `connect` is the transport's `new EventSource(url)`: only a transport touches the browser API. */
export function openFeedSource(
  connect: (url: string) => EventSource,
  from: string | null,
  by: PeerRef,
  on: FeedHandlers,
): EventSource {
  const target = new URL(PATHS.sse, location.href);
  // A new EventSource cannot send the Last-Event-ID header itself; the server reads the query.
  if (from) target.searchParams.set('lastEventId', from);
  const feed = connect(withJoinCode(target.href));
  feed.addEventListener('open', () => on.open());
  feed.addEventListener('error', () => on.retrying());
  feed.addEventListener('ready', (event: MessageEvent<string>) =>
    on.ready(readReady(event.data), event.lastEventId),
  );
  for (const type of FEED_TYPES)
    feed.addEventListener(type, (event: MessageEvent<string>) =>
      on.event({ relay: 'feed', type, id: event.lastEventId, data: parseData(event.data), by }),
    );
  return feed;
}
