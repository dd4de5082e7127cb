// Which earlier message an inbound envelope confirms: a frame's or popup's ack (`body.of`), the
// chat server's ack (`body.id`), an echo (`body.ref`), or the envelope itself coming back (an SSE
// publish, a worker relaying to every tab).
import type { Envelope } from '../shared/envelope';

export function answeredIds(envelope: Envelope): string[] {
  const ids = [envelope.id];
  const body = envelope.body as { of?: unknown; id?: unknown; ref?: unknown } | null;
  if (body && typeof body === 'object') {
    if (typeof body.of === 'string') ids.push(body.of);
    if (typeof body.ref === 'string') ids.push(body.ref);
    if (envelope.kind === 'ack' && typeof body.id === 'string') ids.push(body.id);
  }
  return ids;
}

/** How long a message may go without its receipt before the log points at it. */
export const RECEIPT_WAIT_MS = 3000;
