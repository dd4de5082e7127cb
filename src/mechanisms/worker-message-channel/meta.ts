import type { MechanismMeta } from '../../lib/mechanism-types';

export const meta: MechanismMeta = {
  id: 'worker-message-channel',
  titleKey: 'wmc.title',
  summaryKey: 'wmc.summary',
  mdn: 'https://developer.mozilla.org/en-US/docs/Web/API/Channel_Messaging_API',
  defaultAddress: 'Worker A',
  // Module workers (type: 'module') are what the page starts; MessageChannel comes with them.
  canBeUsed: () =>
    typeof globalThis.Worker === 'function' && typeof globalThis.MessageChannel === 'function',
  traits: {
    scope: 'same-tab',
    direction: 'one-to-one',
    needsServer: false,
    reachesSender: false,
    payload: 'structured-clone',
    binary: true,
    ordering: 'ordered',
    survivesReload: false,
    autoReconnect: 'not-applicable',
    limitsKey: 'wmc.limits',
    typicalUseKey: 'wmc.typicalUse',
    gotchaKey: 'wmc.gotcha',
  },
};
