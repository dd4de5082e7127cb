// Which earlier message of this tab's an inbound envelope confirms: a frame's or popup's ack
// (`body.of`), the chat server's ack (`body.id`), an echo (`body.ref`), or the envelope itself
// coming back to the tab that sent it (an SSE publish, a worker relaying to every tab).
import type { Envelope } from '../shared/envelope';

// Shared and frozen: the usual answer (another tab's message, confirming nothing) allocates nothing.
const NONE: readonly string[] = Object.freeze([]);

/**
 * `selfId`: this tab's peer id. Another tab's own message confirms nothing here: receipts are only
 * ever looked up for messages this tab sent (the log's "no receipt" flag), so a flood from another
 * tab keeps no ids (it kept 20,000, about 650 KiB of heap: test/bench/heap-kept.ts).
 */
export function answeredIds(envelope: Envelope, selfId: string): readonly string[] {
  let ids: string[] | undefined;
  if (envelope.sender.id === selfId) ids = [envelope.id];
  const body = envelope.body as { of?: unknown; id?: unknown; ref?: unknown } | null;
  if (body && typeof body === 'object') {
    if (typeof body.of === 'string') (ids ??= []).push(body.of);
    if (typeof body.ref === 'string') (ids ??= []).push(body.ref);
    if (envelope.kind === 'ack' && typeof body.id === 'string') (ids ??= []).push(body.id);
  }
  return ids ?? NONE;
}

/** How long a message may go without its receipt before the log points at it. */
export const RECEIPT_WAIT_MS = 3000;
