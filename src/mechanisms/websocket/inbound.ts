// One frame from the chat server, as the log and the session see it: binary frames as bytes, text
// as JSON when it parses (logged raw when it does not: nothing that arrives is dropped), and the
// server's own envelopes decoded by the one typed decoder (protocol.ts).
import { now } from '../../lib/clock';
import { receivedEvent } from '../../lib/transport-events';
import type { TransportEvent } from '../../lib/transport-types';
import type { ChatSession } from './chat-session';
import { decodeServer, type ServerMessage } from './protocol';

export type Inbound = { event: TransportEvent; server: ServerMessage | null };

export function readFrame(data: unknown, at: number): Inbound {
  if (data instanceof ArrayBuffer)
    return {
      event: {
        type: 'received',
        at,
        data,
        size: data.byteLength,
        raw: 'a binary frame',
        detail: { bytes: data.byteLength },
      },
      server: null,
    };
  let parsed: unknown = data;
  try {
    parsed = JSON.parse(String(data));
  } catch {
    // Logged as raw text: the server only sends JSON.
  }
  const event = receivedEvent(parsed, at, {}, null, true); // JSON.parse's output (or text)
  return { event, server: event.envelope ? decodeServer(event.envelope) : null };
}

/**
 * A frame taken in: on the event stream as it came (except the server's errors and rate limits,
 * which the session reports as error entries), and the session learns from it (acks, members,
 * the resume cursor).
 */
export function takeFrame(
  data: unknown,
  emit: (event: TransportEvent) => void,
  session: ChatSession,
): void {
  const at = now();
  const { event, server } = readFrame(data, at);
  if (server?.kind !== 'error' && server?.kind !== 'rate-limited') emit(event);
  if (server) session.onServer(server, at);
  else if (event.type === 'received' && event.envelope?.kind === 'chat')
    session.relayed(event.envelope);
}
