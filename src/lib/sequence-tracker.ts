// Receivers track each sender's sequence numbers (Envelope.seq) to tell a fresh message from a
// duplicate and to count messages that never arrived.
export type SequenceVerdict =
  | { kind: 'in-order' }
  | { kind: 'gap'; missing: number }
  | { kind: 'duplicate' }
  | { kind: 'restart' };

export class SequenceTracker {
  #last = new Map<string, number>();

  observe(senderId: string, seq: number): SequenceVerdict {
    const last = this.#last.get(senderId);
    if (last === undefined) {
      this.#last.set(senderId, seq);
      return { kind: 'in-order' };
    }
    // A sender that reloaded starts again at 1.
    if (seq === 1 && last > 1) {
      this.#last.set(senderId, seq);
      return { kind: 'restart' };
    }
    if (seq <= last) return { kind: 'duplicate' };
    this.#last.set(senderId, seq);
    return seq === last + 1 ? { kind: 'in-order' } : { kind: 'gap', missing: seq - last - 1 };
  }
}
