// A fixed-capacity buffer: once full, each push overwrites the oldest item. The log uses it so that
// a flood of messages (or a benchmark) can never grow memory without bound.
export class RingBuffer<T> {
  #items: Array<T | undefined>;
  #start = 0;
  #length = 0;
  /** Items ever pushed, including the ones overwritten since. */
  total = 0;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1)
      throw new RangeError('capacity must be a positive integer');
    this.#items = new Array<T | undefined>(capacity);
  }

  get length(): number {
    return this.#length;
  }

  /** Items overwritten because the buffer was full. */
  get dropped(): number {
    return this.total - this.#length;
  }

  push(...items: T[]): void {
    this.pushAll(items);
  }

  /** Like push, for a batch: no spread, so a batch of any size costs one call. */
  pushAll(items: readonly T[]): void {
    // Only the last `capacity` items can survive; the others count as pushed and dropped.
    const skip = Math.max(0, items.length - this.capacity);
    this.total += skip;
    for (let i = skip; i < items.length; i++) {
      const end = (this.#start + this.#length) % this.capacity;
      this.#items[end] = items[i];
      if (this.#length < this.capacity) this.#length++;
      else this.#start = (this.#start + 1) % this.capacity;
      this.total++;
    }
  }

  /** The i-th item, oldest first; undefined outside 0..length-1. */
  at(index: number): T | undefined {
    if (index < 0 || index >= this.#length) return undefined;
    return this.#items[(this.#start + index) % this.capacity];
  }

  toArray(): T[] {
    const out: T[] = [];
    for (let i = 0; i < this.#length; i++) out.push(this.at(i) as T);
    return out;
  }

  /** Empties the buffer and forgets what it dropped: after a clear, nothing counts as lost. */
  clear(): void {
    this.#items = new Array<T | undefined>(this.capacity);
    this.#start = 0;
    this.#length = 0;
    this.total = 0;
  }
}
