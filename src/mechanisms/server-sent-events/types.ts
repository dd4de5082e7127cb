// What the feed transport adds to the Transport contract: its state, and what a person can do.
import type { Transport, TransportOptions } from '../../lib/transport-types';
import type { Envelope } from '../../shared/envelope';
import type { PublishEvent, SseEventType, SseReset } from '../../shared/server-protocol';

export type SseReadyState = 'connecting' | 'open' | 'closed';

/**
 * What the stream has said so far (feed-state.ts). Its connection status is not here: the status
 * events carry it (hooks/use-connection-status.ts).
 */
export type SseState = {
  url: string;
  lastEventId: string;
  retryMs: number | null;
  epoch: string | null;
  events: number;
  gaps: number;
  missing: number;
  duplicates: number;
  opens: number;
  resumes: number;
  replayed: number;
  lastReset: SseReset | null;
  counts: Record<SseEventType, number>;
  /** The Last-Event-ID the latest resume started from. */
  resumedFrom: string | null;
};

export interface SseTransport extends Transport {
  state(): SseState;
  onChange(listener: () => void): () => void;
  disconnect(): void;
  reconnectNow(): void;
  /** Reopen now at the base the options give (another instance was chosen), resuming. */
  relocate(): void;
  publish(event: PublishEvent, envelope: Envelope): Promise<{ id: string; delivered: number }>;
  /** The same publish, for a sender that hears its event on the stream: a success is not read. */
  post(event: PublishEvent, envelope: Envelope): Promise<void>;
}

export type SseOptions = TransportOptions & {
  /** Event types to hear besides the feed's own (the Race listens to `race`). */
  extraTypes?: readonly string[];
  /** The base URL `address` resolves against, read at every (re)open (default: this page). */
  base?: () => string;
  /** The instance went away: move to another; true when there is one (then reopen there). */
  onLost?: () => boolean;
};
