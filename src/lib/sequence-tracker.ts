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

export class SequenceTracker {
  #last = new Map<string, number>();
  /** Per scope (an address, a port), per sender: no key string is built per message. */
  #scoped = new Map<string, Map<string, number>>();

  observe(senderId: string, seq: number): SequenceVerdict {
    return verdictFor(this.#last, senderId, seq);
  }

  /** The same verdicts, with a sender's numbers kept apart per scope. */
  observeIn(scope: string, senderId: string, seq: number): SequenceVerdict {
    let last = this.#scoped.get(scope);
    if (!last) this.#scoped.set(scope, (last = new Map()));
    return verdictFor(last, senderId, seq);
  }
}

function verdictFor(lastSeen: Map<string, number>, senderId: string, seq: number): SequenceVerdict {
  const last = lastSeen.get(senderId);
  if (last === undefined) {
    lastSeen.set(senderId, seq);
    return IN_ORDER;
  }
  // A sender that reloaded starts again at 1.
  if (seq === 1 && last > 1) {
    lastSeen.set(senderId, seq);
    return RESTART;
  }
  if (seq <= last) return DUPLICATE;
  lastSeen.set(senderId, seq);
  return seq === last + 1 ? IN_ORDER : { kind: 'gap', missing: seq - last - 1 };
}
