import type { ComponentType, LazyExoticComponent } from 'react';
import type { Envelope, PeerRef } from '../shared/envelope';
// Titles, summaries and traits are core texts: the navigation and the table show them before any
// mechanism page (and its own texts) has loaded.
import type { CoreKey as MessageKey } from '../i18n/dictionary';

// ── Transport: the framework-free adapter each mechanism provides (ARCHITECTURE §4) ─────────────

export type TransportStatus = 'connecting' | 'open' | 'closed' | 'error';

export type { ErrorInfo } from '../lib/error-info';
import type { ErrorInfo } from '../lib/error-info';

/** Why an inbound message was not accepted. */
export type RejectionReason =
  'wrong-origin' | 'invalid-shape' | 'own-echo' | 'not-for-me' | 'oversize';

export type TransportEvent =
  | { type: 'status'; at: number; status: TransportStatus; manual: boolean; reason?: string }
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

// ── Mechanism: metadata, a transport factory, the page and its peer ─────────────────────────────

export type Scope = 'same-tab' | 'same-origin' | 'cross-origin' | 'via-server';
export type Direction = 'one-to-one' | 'one-to-many' | 'many-to-many' | 'server-to-client';
export type PayloadModel = 'structured-clone' | 'string' | 'string-or-binary';
export type Ordering = 'ordered' | 'ordered-per-sender' | 'not-guaranteed';
export type YesNo = 'yes' | 'no' | 'not-applicable';

export type MechanismTraits = {
  scope: Scope;
  direction: Direction;
  needsServer: boolean;
  reachesSender: boolean;
  payload: PayloadModel;
  binary: boolean;
  ordering: Ordering;
  survivesReload: boolean;
  autoReconnect: YesNo;
  limitsKey: MessageKey;
  typicalUseKey: MessageKey;
  gotchaKey: MessageKey;
};

export type MechanismMeta = {
  id: string;
  titleKey: MessageKey;
  summaryKey: MessageKey;
  mdn: string;
  /** The address a page joins by itself on load (ARCHITECTURE §7). */
  defaultAddress: string;
  /** Feature check; reads globals only when called. */
  canBeUsed: () => boolean;
  traits: MechanismTraits;
};

export type Mechanism = {
  meta: MechanismMeta;
  createTransport: (options: TransportOptions) => Transport;
  Page: LazyExoticComponent<ComponentType>;
  Peer?: LazyExoticComponent<ComponentType>;
};
