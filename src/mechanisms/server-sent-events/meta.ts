import { PATHS } from '../../shared/endpoints';
import type { MechanismMeta } from '../../lib/mechanism-types';

export const meta: MechanismMeta = {
  id: 'server-sent-events',
  titleKey: 'sse.title',
  summaryKey: 'sse.summary',
  mdn: 'https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events',
  defaultAddress: PATHS.sse,
  canBeUsed: () => typeof globalThis.EventSource === 'function',
  traits: {
    scope: 'via-server',
    direction: 'server-to-client',
    needsServer: true,
    // A tab that publishes gets its own event back: it subscribes to the same feed.
    reachesSender: true,
    payload: 'string',
    binary: false,
    ordering: 'ordered',
    survivesReload: false,
    autoReconnect: 'yes',
    limitsKey: 'sse.limits',
    typicalUseKey: 'sse.typicalUse',
    gotchaKey: 'sse.gotcha',
  },
};
