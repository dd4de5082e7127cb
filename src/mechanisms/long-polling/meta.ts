import type { MechanismMeta } from '../../lib/mechanism-types';

export const meta: MechanismMeta = {
  id: 'long-polling',
  titleKey: 'lp.title',
  summaryKey: 'lp.summary',
  mdn: 'https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API',
  // The server's base URL: this page's own server. A picker of instances hands in another.
  defaultAddress: '/',
  canBeUsed: () =>
    typeof globalThis.fetch === 'function' &&
    typeof globalThis.EventSource === 'function' &&
    typeof globalThis.WebSocket === 'function',
  traits: {
    scope: 'via-server',
    direction: 'server-to-client',
    needsServer: true,
    // A tab that publishes polls the same feed, so its own event comes back to it.
    reachesSender: true,
    payload: 'string',
    binary: false,
    ordering: 'ordered',
    survivesReload: false,
    // Nothing in fetch retries: the page asks again itself, with the last id it has.
    autoReconnect: 'no',
    limitsKey: 'lp.limits',
    typicalUseKey: 'lp.typicalUse',
    gotchaKey: 'lp.gotcha',
  },
};
