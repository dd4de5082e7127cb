import type { MechanismMeta } from '../../lib/mechanism-types';
import { CROSS_ORIGIN_ISOLATED } from '../../shared/isolation';
import { MAILBOX_WORKER } from './protocol';

export const meta: MechanismMeta = {
  id: 'shared-memory',
  titleKey: 'sm.title',
  summaryKey: 'sm.summary',
  // Not "open a second tab to see messages arrive": the demo is this tab and its workers; a second
  // tab shows what cannot cross (shared-memory.spec: the buffer reaches it as null).
  tipKey: 'sm.tip',
  mdn: 'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/SharedArrayBuffer',
  defaultAddress: MAILBOX_WORKER,
  // Atomics and Worker say the browser can; SharedArrayBuffer itself is defined only in an
  // isolated document, so it is not asked here (the overview and the table are not isolated).
  canBeUsed: () =>
    typeof globalThis.Atomics === 'object' && typeof globalThis.Worker === 'function',
  // The server sends COOP + COEP on this route alone, and links load it as a new document.
  isolation: CROSS_ORIGIN_ISOLATED,
  traits: {
    scope: 'same-tab',
    direction: 'one-to-one',
    needsServer: false,
    reachesSender: false,
    payload: 'string-or-binary',
    binary: true,
    ordering: 'ordered',
    survivesReload: false,
    autoReconnect: 'not-applicable',
    limitsKey: 'sm.limits',
    typicalUseKey: 'sm.typicalUse',
    gotchaKey: 'sm.gotcha',
  },
};
