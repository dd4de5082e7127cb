import type { MechanismMeta } from '../../lib/mechanism-types';

export const meta: MechanismMeta = {
  id: 'window-open',
  titleKey: 'pop.title',
  summaryKey: 'pop.summary',
  // Not "open a second tab": this page talks to the popups it opens, not to other tabs.
  tipKey: 'pop.tip',
  mdn: 'https://developer.mozilla.org/en-US/docs/Web/API/Window/open',
  defaultAddress: 'popups',
  // Feature checks here, not in transport.ts, so the navigation does not load the transport.
  canBeUsed: () => typeof window !== 'undefined' && 'open' in window,
  traits: {
    scope: 'cross-origin',
    direction: 'one-to-one',
    needsServer: false,
    reachesSender: false,
    payload: 'structured-clone',
    binary: true,
    ordering: 'ordered',
    survivesReload: false,
    autoReconnect: 'not-applicable',
    limitsKey: 'pop.limits',
    typicalUseKey: 'pop.typicalUse',
    gotchaKey: 'pop.gotcha',
  },
};
