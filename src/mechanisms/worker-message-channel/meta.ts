import type { MechanismMeta } from '../../lib/mechanism-types';

export const meta: MechanismMeta = {
  id: 'worker-message-channel',
  titleKey: 'wmc.title',
  summaryKey: 'wmc.summary',
  // Not "open a second tab": a dedicated worker answers only the page that started it (MDN, Web
  // Workers API: "A dedicated worker is only accessible by the script that called it";
  // worker-message-channel.spec proves a second tab sees none of this tab's messages).
  tipKey: 'wmc.tip',
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
