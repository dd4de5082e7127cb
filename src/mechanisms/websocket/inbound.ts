// One frame from the chat server, as the log and the session see it: binary frames as bytes, text
// as JSON when it parses (logged raw when it does not: nothing that arrives is dropped), and the
// server's own envelopes decoded by the one typed decoder (protocol.ts).
import { receivedEvent } from '../../lib/transport-events';
import type { TransportEvent } from '../../lib/transport-types';
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
  const event = receivedEvent(parsed, at);
  return { event, server: event.envelope ? decodeServer(event.envelope) : null };
}
