// The SSE page's gap detector. Event ids are `<epoch>-<seq>` (src/shared/server-protocol.ts): within
// an epoch every event is the previous one plus one, so a jump is a gap and a step back is a
// duplicate. A new epoch (the server restarted) starts counting again.
import { parseEventId } from '../shared/server-protocol';

export type FeedVerdict = 'in-order' | 'gap' | 'duplicate' | 'new-epoch' | 'no-id';

export class FeedSequence {
  epoch: string | null = null;
  last: number | null = null;
  events = 0;
  gaps = 0;
  missing = 0;
  duplicates = 0;

  /** An event with an id arrived. */
  observe(id: string): FeedVerdict {
    const parsed = parseEventId(id);
    if (!parsed) return 'no-id';
    this.events++;
    return this.#step(parsed.epoch, parsed.seq);
  }

  /**
   * Where a (re)opened stream starts (the `ready` event's id): a jump past the last event seen is a
   * gap too — events this tab never got.
   */
  position(id: string): FeedVerdict {
    const parsed = parseEventId(id);
    if (!parsed) return 'no-id';
    if (this.epoch === parsed.epoch && this.last !== null && parsed.seq <= this.last)
      return 'in-order';
    return this.#step(parsed.epoch, parsed.seq, true);
  }

  /** The server said a resume was impossible: count from its next event. */
  reset(epoch: string): void {
    this.epoch = epoch;
    this.last = null;
  }

  #step(epoch: string, seq: number, isPosition = false): FeedVerdict {
    if (this.epoch !== epoch || this.last === null) {
      const fresh = this.epoch !== epoch && this.epoch !== null;
      this.epoch = epoch;
      this.last = seq;
      return fresh ? 'new-epoch' : 'in-order';
    }
    if (seq <= this.last) {
      this.duplicates++;
      return 'duplicate';
    }
    const jump = seq - this.last - (isPosition ? 0 : 1);
    this.last = seq;
    if (jump === 0) return 'in-order';
    this.gaps++;
    this.missing += jump;
    return 'gap';
  }
}
