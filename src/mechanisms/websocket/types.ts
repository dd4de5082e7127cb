// What the chat transport adds to the Transport contract: its state, and what a person can do.
import type { BackoffOptions } from '../../lib/backoff';
import type { SendResult, Transport, TransportOptions } from '../../lib/transport-types';
import type { Member } from '../../shared/server-protocol';

export type ReadyState = 'connecting' | 'open' | 'closing' | 'closed';
export type CloseInfo = { code: number; reason: string; wasClean: boolean; manual: boolean };

export type WsState = {
  url: string;
  readyState: ReadyState;
  /** Reconnect attempts since the last open (0 while open). */
  attempt: number;
  /** `Date.now()` of the next attempt, while one is scheduled. */
  retryAt: number | null;
  manual: boolean;
  queued: number;
  bufferedAmount: number;
  lastClose: CloseInfo | null;
  room: string;
  members: Member[];
  /** Everyone in the room (members lists at most 100). */
  total: number;
  /** Milliseconds from send to the server's ack, for the last chat message. */
  lastAckMs: number | null;
  connection: string | null;
};

export interface WebSocketTransport extends Transport {
  state(): WsState;
  onChange(listener: () => void): () => void;
  /** A person pressed Disconnect: close with 1000 and do not come back. */
  disconnect(): void;
  /** Connect now: after a manual disconnect, or to skip the countdown. */
  reconnectNow(): void;
  join(room: string): void;
  rename(name: string): void;
  sendBinary(data: ArrayBuffer | Blob): SendResult;
}

export type WebSocketOptions = TransportOptions & {
  room?: string;
  backoff?: BackoffOptions;
  random?: () => number;
  queueLimit?: number;
};
