// The contract every mechanism folder fills (ARCHITECTURE §4): the shell, the log, the flow view,
// the compare page and the race read everything mechanism-specific through it.
import type { ComponentType, LazyExoticComponent } from 'react';
// Titles, summaries and traits are core texts: the navigation and the table show them before any
// mechanism page (and its own texts) has loaded.
import type { CoreKey as MessageKey } from '../i18n/dictionary';
import type { Rig } from './race-types';
import type { Transport, TransportOptions } from './transport-types';

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
  /** How it races (its rig loads with the race), or why it cannot. */
  race: RaceEntry;
};

/** `load` is called when the compare page opens, so the click that starts the race awaits nothing. */
export type RaceEntry = { load: () => Promise<Rig> } | { cannot: MessageKey };
