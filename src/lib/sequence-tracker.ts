// Receivers track each sender's sequence numbers (Envelope.seq) to tell a fresh message from a
// duplicate and to count messages that never arrived.
export type SequenceVerdict =
  | { kind: 'in-order' }
  | { kind: 'gap'; missing: number }
  | { kind: 'duplicate' }
  | { kind: 'restart' };

// Shared, frozen verdicts: the usual answer allocates nothing per message.
const IN_ORDER: SequenceVerdict = Object.freeze({ kind: 'in-order' });
const DUPLICATE: SequenceVerdict = Object.freeze({ kind: 'duplicate' });
const RESTART: SequenceVerdict = Object.freeze({ kind: 'restart' });

/** Per sender: the last number seen, and the id of the message it numbered 1. */
type Seen = { last: Map<string, number>; firstId: Map<string, string> };
const seen = (): Seen => ({ last: new Map(), firstId: new Map() });

export class SequenceTracker {
  #seen = seen();
  /** Per scope (an address, a port), per sender: no key string is built per message. */
  #scoped = new Map<string, Seen>();

  /** `id` (the envelope's) tells a sender that started again at 1 from a copy of its first. */
  observe(senderId: string, seq: number, id?: string): SequenceVerdict {
    return verdictFor(this.#seen, senderId, seq, id);
  }

  /** The same verdicts, with a sender's numbers kept apart per scope. */
  observeIn(scope: string, senderId: string, seq: number, id?: string): SequenceVerdict {
    let inScope = this.#scoped.get(scope);
    if (!inScope) this.#scoped.set(scope, (inScope = seen()));
    return verdictFor(inScope, senderId, seq, id);
  }
}

function verdictFor(
  { last: lastSeen, firstId }: Seen,
  senderId: string,
  seq: number,
  id: string | undefined,
): SequenceVerdict {
  const last = lastSeen.get(senderId);
  // Only a message numbered 1 keeps its id: the usual message stores nothing more.
  const before = seq === 1 && id !== undefined ? firstId.get(senderId) : undefined;
  if (seq === 1 && id !== undefined) firstId.set(senderId, id);
  if (last === undefined) {
    lastSeen.set(senderId, seq);
    return IN_ORDER;
  }
  // A sender that reloaded starts again at 1: after more than one message, or, when it had sent
  // only its first (a frame's hello, then a reload), with a new message under the old number.
  if (seq === 1 && (last > 1 || (before !== undefined && before !== id))) {
    lastSeen.set(senderId, seq);
    return RESTART;
  }
  if (seq <= last) return DUPLICATE;
  lastSeen.set(senderId, seq);
  return seq === last + 1 ? IN_ORDER : { kind: 'gap', missing: seq - last - 1 };
}
