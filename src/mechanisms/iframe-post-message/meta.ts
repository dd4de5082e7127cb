import type { MechanismMeta } from '../../lib/mechanism-types';

export const meta: MechanismMeta = {
  id: 'iframe-post-message',
  titleKey: 'ifr.title',
  summaryKey: 'ifr.summary',
  // Not "open a second tab": this page talks to its own frames; a second tab of it is another
  // page, with frames of its own.
  tipKey: 'ifr.tip',
  mdn: 'https://developer.mozilla.org/en-US/docs/Web/API/Window/postMessage',
  defaultAddress: 'frames',
  // Feature checks here, not in transport.ts, so the navigation does not load the transport.
  canBeUsed: () => typeof window !== 'undefined' && typeof window.postMessage === 'function',
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
    limitsKey: 'ifr.limits',
    typicalUseKey: 'ifr.typicalUse',
    gotchaKey: 'ifr.gotcha',
  },
};
