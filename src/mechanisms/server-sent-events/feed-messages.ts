// The feed's messages in words and the page's one way to send: what a reset means, the JSON (or
// text) an event carries, and publishing over plain HTTP (SSE itself is one-way).
import { now } from '../../lib/clock';
import { byteSize } from '../../lib/describe-value';
import { serverApi } from '../../lib/server-api';
import { sendFailed } from '../../lib/transport-events';
import type { TransportEvent } from '../../lib/transport-types';
import type { Envelope } from '../../shared/envelope';
import type { PublishEvent, SseReset } from '../../shared/server-protocol';

/** An event's data: JSON when it parses, else the text as it came. */
export function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

// English by count, never "event(s)"; the log reads either form back (status.ts).
export const resetMessage = (reset: SseReset): string =>
  reset.reason === 'server-restarted'
    ? `the server restarted: events after ${reset.resumedFrom} cannot be replayed`
    : reset.reason === 'too-old'
      ? reset.lost === 1
        ? `1 event after ${reset.resumedFrom} is no longer kept`
        : `${reset.lost ?? 'some'} events after ${reset.resumedFrom} are no longer kept`
      : `the id ${reset.resumedFrom} means nothing to this server`;

/**
 * The page's two ways to publish, each logged as sent before the request (the event can come back
 * down the stream before the POST's answer does) and as an error when refused. `publish` reads the
 * answer (the id and how many streams got it, for the publish form); `post` reads it only when it
 * is a refusal: for a sender that hears its event on the stream (send(), the Race).
 */
export function createPublisher(emit: (event: TransportEvent) => void) {
  const sending =
    <T>(request: (event: PublishEvent, envelope: Envelope) => Promise<T>) =>
    async (event: PublishEvent, envelope: Envelope): Promise<T> => {
      emit({
        type: 'sent',
        at: now(),
        envelope,
        size: byteSize(envelope.body),
        to: `POST /api/sse/publish as "${event}"`,
      });
      try {
        return await request(event, envelope);
      } catch (error) {
        sendFailed(emit, error, envelope.body);
        throw error;
      }
    };
  return { publish: sending(serverApi.publish), post: sending(serverApi.publishUnread) };
}
