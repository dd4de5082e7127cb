// Messages sent to a window before it listens are lost: postMessage to a popup or frame that is
// still loading delivers to the document being replaced. The fix is a handshake: the other side
// announces "ready", and until then messages wait here (bounded, so a peer that never answers
// cannot grow memory; what does not fit is refused, never dropped silently).

export type Enqueued = 'now' | 'queued' | 'refused';

export class ReadyQueue<T> {
  #items: T[] = [];
  #ready = false;

  constructor(readonly limit = 100) {}

  get ready(): boolean {
    return this.#ready;
  }

  get size(): number {
    return this.#items.length;
  }

  /** Delivers now when ready; otherwise queues, or refuses when the queue is full. */
  offer(item: T, deliver: (item: T) => void): Enqueued {
    if (this.#ready) {
      deliver(item);
      return 'now';
    }
    if (this.#items.length >= this.limit) return 'refused';
    this.#items.push(item);
    return 'queued';
  }

  /** The peer said it listens: deliver the waiting items in order. */
  markReady(deliver: (item: T) => void): number {
    this.#ready = true;
    const waiting = this.#items;
    this.#items = [];
    waiting.forEach(deliver);
    return waiting.length;
  }

  /** The peer reloaded or navigated: wait for its next "ready". */
  reset(): void {
    this.#ready = false;
  }

  /** The peer is gone: hand back what never got delivered, so it can be reported. */
  drain(): T[] {
    const left = this.#items;
    this.#items = [];
    return left;
  }
}
