// What the three ways carry, checked before use: the poll's JSON answer, the WebSocket's frames.
// The feed's events are the same everywhere: an id, an event name and the envelope as data.
import type { FeedEvent, FeedFrame, PollAnswer } from '../../shared/feed-ways';
import type { SseReady, SseReset } from '../../shared/server-protocol';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function feedEvent(value: unknown): FeedEvent | null {
  if (!isObject(value) || typeof value.id !== 'string' || typeof value.event !== 'string')
    return null;
  return { id: value.id, event: value.event, data: value.data };
}

export function parsePollAnswer(value: unknown): PollAnswer | null {
  if (!isObject(value) || !Array.isArray(value.events) || typeof value.cursor !== 'string')
    return null;
  const events = value.events.map(feedEvent);
  if (events.some((e) => e === null)) return null;
  return {
    events: events as FeedEvent[],
    cursor: value.cursor,
    more: value.more === true,
    reset: isObject(value.reset) ? (value.reset as SseReset) : null,
  };
}

export function parseFeedFrame(text: string): FeedFrame | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(value)) return null;
  if (value.type === 'ready' && isObject(value.ready))
    return { type: 'ready', ready: value.ready as SseReady };
  if (value.type === 'reset' && isObject(value.reset))
    return { type: 'reset', reset: value.reset as SseReset };
  const event = value.type === 'event' ? feedEvent(value) : null;
  return event ? { type: 'event', ...event } : null;
}

/** The envelope's `sentAt` (the publisher's clock), to time each way's delivery. */
export function sentAtOf(data: unknown): number | null {
  return isObject(data) && typeof data.sentAt === 'number' ? data.sentAt : null;
}

/** The event names a page shows: what people publish and the server's clock. */
export const SHOWN_EVENTS = ['message', 'notification', 'alert', 'time'] as const;

/** The envelope's body as the columns show it (always text, never HTML). */
export function bodyText(data: unknown): string {
  const body = isObject(data) && 'body' in data ? data.body : data;
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return (text ?? String(body)).slice(0, 200);
}
