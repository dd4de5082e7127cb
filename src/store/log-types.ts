import type { Envelope, PeerRef } from '../shared/envelope';

export const LOG_DIRECTIONS = ['sent', 'received', 'rejected', 'error', 'status'] as const;
export type LogDirection = (typeof LOG_DIRECTIONS)[number];

export type LogEntry = {
  /** Monotonic per tab. */
  id: number;
  at: number;
  mechanism: string;
  direction: LogDirection;
  from?: PeerRef;
  /** Where it went or came through, as text: `channel "comms-lab"`, a peer name, an origin. */
  to?: string;
  /** One line of text: the payload preview, or the status or error. */
  summary: string;
  /** The value, for the expanded view (long strings are cut to keep memory bounded). */
  payload?: unknown;
  envelope?: Envelope;
  size?: number;
  /** An imported entry's, as its file has it; a live entry's is worked out by log-latency.ts. */
  latencyMs?: number;
  /**
   * An error whose message, or a status whose reason, is the browser's own words (ErrorInfo.browser,
   * a constructor that threw): shown as written, marked as the browser's.
   */
  browserWords?: true;
  /** Why it was rejected or raw, or what went wrong. */
  reason?: string;
  raw?: boolean;
  /** Accepted without a trusted origin: what an attacker would get through. */
  unverified?: boolean;
  origin?: string;
  detail?: Record<string, unknown>;
  /** Set when the sender's sequence numbers show a gap, a duplicate or a restart. */
  sequence?: string;
  /** Set on entries imported from another tab's export: the tab that wrote them, and the file. */
  source?: PeerRef & { file?: string };
  /** The entry's id in the tab that wrote it, once it has been through an import. */
  importedId?: number;
};

export type NewLogEntry = Omit<LogEntry, 'id'>;

export type LogFilter = {
  mechanism: string | 'all';
  directions: readonly LogDirection[];
  text: string;
};

export const ALL_DIRECTIONS_FILTER: LogFilter = {
  mechanism: 'all',
  directions: LOG_DIRECTIONS,
  text: '',
};
