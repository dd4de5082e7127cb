// What the chat transport adds to the Transport contract: its state, and what a person can do.
import type { BackoffOptions } from '../../lib/backoff';
import type { SendResult, Transport, TransportOptions } from '../../lib/transport-types';
import type { SessionState } from './chat-session';

export type ReadyState = 'connecting' | 'open' | 'closing' | 'closed';
export type CloseInfo = { code: number; reason: string; wasClean: boolean; manual: boolean };

/**
 * What the chat keeps beyond its connection status (which its status events carry: see
 * hooks/use-connection-status.ts).
 */
export type WsState = SessionState & {
  url: string;
  /** close() was called and the close event has not come yet (readyState CLOSING, no event). */
  closing: boolean;
  /** Reconnect attempts since the last open (0 while open). */
  attempt: number;
  /** `Date.now()` of the next attempt, while one is scheduled. */
  retryAt: number | null;
  queued: number;
  bufferedAmount: number;
  lastClose: CloseInfo | null;
};

export interface WebSocketTransport extends Transport {
  state(): WsState;
  onChange(listener: () => void): () => void;
  /** A person pressed Disconnect: close with 1000 and do not come back. */
  disconnect(): void;
  /** Connect now: after a manual disconnect, or to skip the countdown. */
  reconnectNow(): void;
  join(room: string): void;
  /** Reconnect now at the base the options give (another instance was chosen), resuming. */
  relocate(): void;
  rename(name: string): void;
  sendBinary(data: ArrayBuffer | Blob): SendResult;
}

export type WebSocketOptions = TransportOptions & {
  room?: string;
  backoff?: BackoffOptions;
  random?: () => number;
  queueLimit?: number;
  /** The base URL `address` resolves against, read at every attempt (default: this page). */
  base?: () => string;
  /** The instance went away: move to another; true when there is one (then retry at once). */
  onLost?: () => boolean;
};
