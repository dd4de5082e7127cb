// What the Web Locks page reads from its transport beyond the common contract: the tab's role,
// its feed, the lock queue, and the switches that break the lesson.
import type { Transport } from '../../lib/transport-types';
import type { LockQueue } from './protocol';

export type FeedMode = 'leader' | 'naive';

export type LeaderState = {
  /** `naive`: this tab holds no lock and opens its own stream, as every naive tab does. */
  role: 'queued' | 'leader' | 'naive';
  feed: 'closed' | 'connecting' | 'open';
  /** Times this tab became the leader. */
  terms: number;
  lastEventId: string | null;
  seen: number;
  missed: number;
  duplicates: number;
  /** The last takeover: the id the feed resumed from (null: a fresh start) and what was replayed. */
  takeover: { resumedFrom: string | null; replayed: number } | null;
  queue: LockQueue;
};

export interface LeaderTransport extends Transport {
  state(): LeaderState;
  onChange(listener: () => void): () => void;
  /** Off: a new leader opens the feed fresh, and what was sent meanwhile is lost. */
  setResume(on: boolean): void;
  /** Lets go of the lock and queues again at the back. */
  stepDown(): void;
  /** Leader election, or every tab with its own stream (the naive way). */
  setMode(mode: FeedMode): void;
}
