// The contract every mechanism folder fills (ARCHITECTURE §4): the shell, the log, the flow view,
// the compare page and the race read everything mechanism-specific through it.
import type { ComponentType, LazyExoticComponent } from 'react';
// Titles and summaries are core texts: the navigation and the overview show them before any
// mechanism page (and its own texts) has loaded. The table's longer trait texts load with it.
import type { LazyTextSource, Lang, MessageKey, TextSource } from '../i18n/dictionary';
import type { Isolation } from '../shared/isolation';
import type { ClaimsEntry } from './claim-types';
import type { HoodEntry } from './hood-types';
import type { Rig } from './race-types';
import type { StatusTexts } from './status-types';
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
  /** The header's tip after the summary; by default "open this page in a second tab". */
  tipKey?: MessageKey;
  mdn: string;
  /** The address a page joins by itself on load (ARCHITECTURE §7). */
  defaultAddress: string;
  /** Feature check; reads globals only when called. */
  canBeUsed: () => boolean;
  traits: MechanismTraits;
  /**
   * Serve this page cross-origin isolated (COOP + COEP): the server sends the headers on its route
   * alone (mock-server/isolation.ts), and links to or from it load a new document, since headers
   * apply only to a navigation. Leave it out unless the page needs it (SharedArrayBuffer).
   */
  isolation?: Isolation;
};

export type Mechanism = {
  meta: MechanismMeta;
  createTransport: (options: TransportOptions) => Transport;
  Page: LazyExoticComponent<ComponentType>;
  Peer?: LazyExoticComponent<ComponentType>;
  /** Its core texts (title, summary, reason codes): English now, other languages on demand. */
  texts: TextSource;
  /**
   * The texts its `limitsKey`, `typicalUseKey` and `gotchaKey` name, and its `race.cannot`
   * reason: they load with /compare (the Race is there).
   */
  traitTexts: LazyTextSource;
  /** How it races (its rig loads with the race), or why it cannot. */
  race: RaceEntry;
  /**
   * The status lines its transport and page write into the log, and their translations
   * (`./status.ts`, `./status.zh-cn.ts`): they load with a language other than English. Leave it
   * out when it writes only the log's shared ones ("connected", "attempt 2").
   */
  statusTexts?: StatusTexts;
  /** Why a message may not arrive: its known reasons, loaded when a sent entry is opened. */
  whyNotArrived: WhyNotArrived;
  /** How the flow view draws its messages. */
  flow: FlowRule;
  receipts: Receipts;
  /** Which threads and processes a message crosses (`./hood.ts` in the folder). */
  hood: HoodEntry;
  /**
   * What its page teaches, each point with its proof (`./claims.ts` in the folder): the shell
   * shows them under the page, and the claims test checks every registered mechanism's.
   */
  claims: ClaimsEntry;
  /**
   * Its keys in @mdn/browser-compat-data (e.g. 'api.BroadcastChannel'): the support table on its
   * page and in the comparison table is read from there, never written by hand.
   */
  compat: readonly string[];
};

export type WhyNotArrived = () => Promise<{ reasons: Record<Lang, readonly string[]> }>;

/** Where a send goes in the flow view: the server's lane, a worker's, or a place of its own. */
export type FlowRule =
  | { sendsTo: 'server' }
  | { sendsTo: 'worker'; name: string }
  /** A channel, key or window; a message addressed to one frame, popup or tab goes to its lane. */
  | { sendsTo: 'place'; addressed: 'frame' | 'popup' | 'tab' };

/**
 * Whether the sender hears back (an ack, its own message relayed), so that a sent message with
 * no receipt after a while is flagged in the log. Any inbound envelope can be a receipt
 * (lib/receipts.ts says which ids it confirms).
 */
export type Receipts = { hearsBack: boolean };

/** `load` is called when the compare page opens, so the click that starts the race awaits nothing. */
export type RaceEntry = { load: () => Promise<Rig> } | { cannot: MessageKey };
