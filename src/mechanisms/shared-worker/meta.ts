import type { MechanismMeta } from '../../lib/mechanism-types';

export const meta: MechanismMeta = {
  id: 'shared-worker',
  titleKey: 'shw.title',
  summaryKey: 'shw.summary',
  mdn: 'https://developer.mozilla.org/en-US/docs/Web/API/SharedWorker',
  defaultAddress: 'comms-lab-hub',
  // Missing in some browsers (Chrome for Android, older Safari): the page says so.
  canBeUsed: () => typeof globalThis.SharedWorker === 'function',
  traits: {
    scope: 'same-origin',
    direction: 'many-to-many',
    needsServer: false,
    reachesSender: false,
    payload: 'structured-clone',
    binary: true,
    ordering: 'ordered-per-sender',
    survivesReload: false,
    autoReconnect: 'not-applicable',
    limitsKey: 'shw.limits',
    typicalUseKey: 'shw.typicalUse',
    gotchaKey: 'shw.gotcha',
  },
};
