import type { Envelope, PeerRef } from '../shared/envelope';

// ── Transport: the framework-free adapter each mechanism provides (ARCHITECTURE §4) ─────────────

export type TransportStatus = 'connecting' | 'open' | 'closed' | 'error';

export type { ErrorInfo } from './error-info';
import type { ErrorInfo } from './error-info';

/** Why an inbound message was not accepted. */
export type RejectionReason =
  'wrong-origin' | 'invalid-shape' | 'own-echo' | 'not-for-me' | 'oversize';

export type TransportEvent =
  | {
      type: 'status';
      at: number;
      status: TransportStatus;
      manual: boolean;
      reason?: string;
      /** The reason is the browser's own words (a constructor's DOMException): shown as written. */
      browser?: true;
    }
  | { type: 'sent'; at: number; envelope: Envelope; size: number; to: string }
  | {
      type: 'received';
      at: number;
      /** Absent when the data was not an envelope: it is logged as raw, never dropped. */
      envelope?: Envelope;
      data: unknown;
      size: number;
      /** Why the data is raw (not an envelope). */
      raw?: string;
      origin?: string;
      /** Mechanism-specific facts shown in the expanded entry (storage key, old value, …). */
      detail?: Record<string, unknown>;
      /** MessagePorts that came with the message (window and port messaging). */
      ports?: readonly MessagePort[];
      /** Accepted although its origin is not trusted (the page's origin check is switched off). */
      unverified?: boolean;
    }
  | {
      type: 'rejected';
      at: number;
      reason: RejectionReason;
      explanation: string;
      data: unknown;
      origin?: string;
    }
  | { type: 'error'; at: number; error: ErrorInfo; data?: unknown };

export type SendResult = { ok: true } | { ok: false; error: ErrorInfo };

export interface Transport {
  /** Where messages go, as people say it: `channel "comms-lab"`, `localStorage["comms-lab:message"]`. */
  readonly label: string;
  /** Reads browser globals here, never at import time, so tests can substitute them. */
  connect(): void;
  /** `transfer` moves ArrayBuffers and MessagePorts instead of copying them (where supported). */
  send(envelope: Envelope, transfer?: Transferable[]): SendResult;
  subscribe(listener: (event: TransportEvent) => void): () => void;
  /** Idempotent. */
  close(): void;
}

export type TransportOptions = {
  self: PeerRef;
  /** Mechanism-specific address: a channel name, a storage key, a URL. */
  address: string;
};
