import type { MechanismMeta } from '../../lib/mechanism-types';

export const meta: MechanismMeta = {
  id: 'broadcast-channel',
  titleKey: 'bc.title',
  summaryKey: 'bc.summary',
  mdn: 'https://developer.mozilla.org/en-US/docs/Web/API/Broadcast_Channel_API',
  defaultAddress: 'comms-lab',
  // Feature checks here, not in transport.ts, so the navigation does not load the transport.
  canBeUsed: () => typeof globalThis.BroadcastChannel === 'function',
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
    limitsKey: 'bc.limits',
    typicalUseKey: 'bc.typicalUse',
    gotchaKey: 'bc.gotcha',
  },
};
