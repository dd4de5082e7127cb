// What the stream has told this tab so far, for the page: the last id (what a resume sends as
// Last-Event-ID), how often it opened and resumed, what the server replayed, the last reset, the
// events per type, and the gap detector's counts (lib/feed-sequence.ts). Each method is one thing
// the stream says; the transport (transport.ts) only wires the EventSource to them.
import { FeedSequence, type FeedVerdict } from '../../lib/feed-sequence';
import {
  SSE_EVENT_TYPES,
  type SseEventType,
  type SseReady,
  type SseReset,
} from '../../shared/server-protocol';
import type { SseState } from './types';

export function createFeedState() {
  const sequence = new FeedSequence();
  let lastEventId = '';
  let retryMs: number | null = null;
  let opens = 0;
  let resumes = 0;
  let replayed = 0;
  let lastReset: SseReset | null = null;
  let resumedFrom: string | null = null;
  const counts = Object.fromEntries(SSE_EVENT_TYPES.map((type) => [type, 0])) as Record<
    SseEventType,
    number
  >;
  const isFeedType = (type: string): type is SseEventType => Object.hasOwn(counts, type);

  return {
    get lastEventId() {
      return lastEventId;
    },
    get retryMs() {
      return retryMs;
    },
    /** The connection opened; returns how many times it has, this one included. */
    opened: () => ++opens,
    /** The server's first word on a connection: where it starts, and what it replayed. */
    ready(ready: SseReady, id: string) {
      retryMs = ready.retryMs;
      replayed += ready.replayed;
      if (ready.resumedFrom) {
        resumes++;
        resumedFrom = ready.resumedFrom;
      }
      if (!id) return;
      sequence.position(id);
      lastEventId = id;
    },
    /** The server cannot replay from the id this tab sent: counting starts again in `epoch`. */
    reset(reset: SseReset) {
      lastReset = reset;
      sequence.reset(reset.epoch);
    },
    /** An event of `type` (with the id the server gave it, if any): in order, a gap, or a duplicate. */
    event(type: string, id: string): FeedVerdict {
      if (isFeedType(type)) counts[type]++;
      if (!id) return 'no-id';
      lastEventId = id;
      return sequence.observe(id);
    },
    state: (url: string): SseState => ({
      url,
      lastEventId,
      retryMs,
      epoch: sequence.epoch,
      events: sequence.events,
      gaps: sequence.gaps,
      missing: sequence.missing,
      duplicates: sequence.duplicates,
      opens,
      resumes,
      replayed,
      lastReset,
      counts: { ...counts },
      resumedFrom,
    }),
  };
}
