// One topic of the memory hub: its id space, its kept entries (oldest first) and their bytes.
import { formatHubId, newOrigin, parseHubId } from './ids';
import type { HistoryPage, HubEntry, HubMessage, Retention } from './types';

/** A rough per-entry overhead (object, id string, array slot) on top of the data's bytes. */
const ENTRY_OVERHEAD = 96;

type Kept = { entry: HubEntry; seq: number; bytes: number };

export class MemoryTopic {
  readonly origin = newOrigin();
  seq = 0;
  bytes = 0;
  /** When the last subscriber left (null while someone listens, or if never evicted). */
  idleSince: number | null = null;
  #kept: Kept[] = [];
  #first = 0;

  constructor(
    readonly name: string,
    readonly retention: Retention,
  ) {}

  get length(): number {
    return this.#kept.length - this.#first;
  }

  head(): string {
    return formatHubId(this.origin, this.seq);
  }

  /** Assigns the next id; keeps the entry when asked, trimming to this topic's share. */
  append(message: HubMessage, keep: boolean): { entry: HubEntry; trimmed: number } {
    const { kind, data } = message;
    if (!keep) return { entry: { ...message, id: this.head(), topic: this.name }, trimmed: 0 };
    this.seq++;
    const entry: HubEntry = { ...message, id: this.head(), topic: this.name };
    const bytes = Buffer.byteLength(data) + kind.length + ENTRY_OVERHEAD;
    this.#kept.push({ entry, seq: this.seq, bytes });
    this.bytes += bytes;
    let trimmed = 0;
    while (
      this.length > 0 &&
      (this.length > this.retention.maxEntries || this.bytes > this.retention.maxBytes)
    ) {
      this.shift();
      trimmed++;
    }
    return { entry, trimmed };
  }

  /** Drops the oldest kept entry; returns its bytes. */
  shift(): number {
    const oldest = this.#kept[this.#first];
    if (!oldest) return 0;
    this.#kept[this.#first] = undefined as unknown as Kept;
    this.#first++;
    this.bytes -= oldest.bytes;
    // Compact now and then, so the array does not keep the shifted slots.
    if (this.#first > 64 && this.#first * 2 > this.#kept.length) {
      this.#kept = this.#kept.slice(this.#first);
      this.#first = 0;
    }
    return oldest.bytes;
  }

  read(after: string | null | undefined, limit: number): HistoryPage {
    const oldestSeq = this.#kept[this.#first]?.seq ?? this.seq + 1;
    let from = oldestSeq;
    let gap: HistoryPage['gap'] = null;
    if (after !== null && after !== undefined) {
      const cursor = parseHubId(after);
      if (!cursor || (cursor.origin === this.origin && cursor.seq > this.seq))
        return {
          entries: [],
          more: false,
          start: this.head(),
          total: 0,
          gap: { reason: 'unreadable', lost: null },
        };
      if (cursor.origin !== this.origin) gap = { reason: 'other-origin', lost: null };
      else if (cursor.seq < oldestSeq - 1)
        gap = { reason: 'trimmed', lost: oldestSeq - 1 - cursor.seq };
      else from = cursor.seq + 1;
    }
    const index = this.#first + (from - oldestSeq);
    const end = Math.min(this.#kept.length, index + limit);
    const entries = this.#kept.slice(index, end).map((kept) => kept.entry);
    return {
      entries,
      more: end < this.#kept.length,
      start: formatHubId(this.origin, from - 1),
      total: this.#kept.length - index,
      gap,
    };
  }
}
