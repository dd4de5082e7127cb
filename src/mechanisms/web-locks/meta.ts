import type { MechanismMeta } from '../../lib/mechanism-types';

export const meta: MechanismMeta = {
  id: 'web-locks',
  titleKey: 'wl.title',
  summaryKey: 'wl.summary',
  mdn: 'https://developer.mozilla.org/en-US/docs/Web/API/Web_Locks_API',
  defaultAddress: 'comms-lab-leader',
  // Web Locks need a secure context (https, or http://localhost).
  canBeUsed: () =>
    typeof navigator !== 'undefined' &&
    'locks' in navigator &&
    typeof globalThis.BroadcastChannel === 'function' &&
    typeof globalThis.EventSource === 'function',
  traits: {
    scope: 'via-server',
    direction: 'server-to-client',
    needsServer: true,
    reachesSender: true,
    payload: 'string',
    binary: false,
    ordering: 'ordered',
    survivesReload: false,
    autoReconnect: 'yes',
    limitsKey: 'wl.limits',
    typicalUseKey: 'wl.typicalUse',
    gotchaKey: 'wl.gotcha',
  },
};
