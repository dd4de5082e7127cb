// Which feed events a tab has seen, by the server's ids (`<epoch>-<seq>`, one sequence for the whole
// feed): a jump in seq is a gap (events nobody delivered here), a repeat is a duplicate.
import { parseEventId } from '../../shared/server-protocol';

export type Verdict = 'first' | 'in-order' | 'gap' | 'duplicate' | 'new-epoch' | 'unreadable';

export class FeedTracker {
  lastId: string | null = null;
  private last: { epoch: string; seq: number } | null = null;
  seen = 0;
  missed = 0;
  duplicates = 0;

  observe(id: string): Verdict {
    const parsed = parseEventId(id);
    if (!parsed) return 'unreadable';
    const previous = this.last;
    if (previous && parsed.epoch === previous.epoch && parsed.seq <= previous.seq) {
      this.duplicates++;
      return 'duplicate';
    }
    this.last = parsed;
    this.lastId = id;
    this.seen++;
    if (!previous) return 'first';
    if (parsed.epoch !== previous.epoch) return 'new-epoch';
    if (parsed.seq === previous.seq + 1) return 'in-order';
    this.missed += parsed.seq - previous.seq - 1;
    return 'gap';
  }

  /** A position without an event (the stream's `ready`): later events count from here. */
  mark(id: string): void {
    const parsed = parseEventId(id);
    if (!parsed || (this.last && this.last.epoch === parsed.epoch)) return;
    this.last = parsed;
    this.lastId = id;
  }
}
