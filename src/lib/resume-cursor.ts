// A chat client's place in a room, for resuming on any instance. Hub ids are `<origin>-<seq>` and
// grow by exactly 1 per message (mock-server/hub/types.ts), so the cursor is the last seq up to which
// this client has every message, its own included (their ids come in the server's acks). Messages
// may arrive above a hole (an own message whose ack is still on its way); the cursor stays below
// the hole, so a resume asks for it again instead of skipping it.
import { parseEventId } from '../shared/server-protocol';

export type CursorSource = 'live' | 'history' | 'own';

export type ResumeReport = {
  /** The join's `after`: null before anything arrived. */
  cursor: string | null;
  /** Messages missing right now (holes below the newest) plus those a server said it lost. */
  gaps: number;
  /** A live message at or below what this client already had: a server must never send one. */
  duplicates: number;
  /** The cursor the last resume started from, if one did. */
  resumedFrom: string | null;
  resumes: number;
};

export type HistoryFrame = {
  messages: { hubId?: string }[];
  lastId?: string;
  resumedFrom?: string;
  gap?: { lost: number | null };
};

export class ResumeCursor {
  #origin: string | null = null;
  #upTo = 0;
  #max = 0;
  readonly #above = new Set<number>();
  #lost = 0;
  #duplicates = 0;
  #resumedFrom: string | null = null;
  #resumes = 0;

  get value(): string | null {
    return this.#origin === null ? null : `${this.#origin}-${this.#upTo}`;
  }

  #start(origin: string, upTo: number) {
    this.#origin = origin;
    this.#upTo = upTo;
    this.#max = upTo;
    this.#above.clear();
  }

  /** A message id arrived: 'new', or 'again' (already had it). */
  observe(id: string | undefined, source: CursorSource): 'new' | 'again' | 'unreadable' {
    const parsed = id === undefined ? null : parseEventId(id);
    if (!parsed) return 'unreadable';
    if (parsed.epoch !== this.#origin) this.#start(parsed.epoch, parsed.seq - 1);
    if (parsed.seq <= this.#upTo || this.#above.has(parsed.seq)) {
      if (source === 'live') this.#duplicates++;
      return 'again';
    }
    this.#above.add(parsed.seq);
    this.#max = Math.max(this.#max, parsed.seq);
    while (this.#above.delete(this.#upTo + 1)) this.#upTo++;
    return 'new';
  }

  /** The history frame after a join: the room's last messages, or exactly the gap after `after`. */
  history(frame: HistoryFrame) {
    const last = frame.lastId ? parseEventId(frame.lastId) : null;
    if (frame.resumedFrom !== undefined) {
      this.#resumes++;
      this.#resumedFrom = frame.resumedFrom;
    }
    if (frame.gap) this.#lost += frame.gap.lost ?? 1;
    // A fresh join, or a resume the server could not honour: start from where its history ends.
    if (frame.resumedFrom === undefined || frame.gap || (last && last.epoch !== this.#origin)) {
      if (last) this.#start(last.epoch, last.seq);
      return;
    }
    for (const message of frame.messages) this.observe(message.hubId, 'history');
  }

  report(): ResumeReport {
    const holes = this.#max > this.#upTo ? this.#max - this.#upTo - this.#above.size : 0;
    return {
      cursor: this.value,
      gaps: this.#lost + holes,
      duplicates: this.#duplicates,
      resumedFrom: this.#resumedFrom,
      resumes: this.#resumes,
    };
  }
}
