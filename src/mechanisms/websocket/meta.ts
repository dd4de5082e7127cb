import { PATHS } from '../../shared/endpoints';
import type { MechanismMeta } from '../../lib/mechanism-types';

export const meta: MechanismMeta = {
  id: 'websocket',
  titleKey: 'ws.title',
  summaryKey: 'ws.summary',
  mdn: 'https://developer.mozilla.org/en-US/docs/Web/API/WebSockets_API',
  defaultAddress: PATHS.ws,
  canBeUsed: () => typeof globalThis.WebSocket === 'function',
  traits: {
    scope: 'via-server',
    direction: 'many-to-many',
    needsServer: true,
    // The server decides; this one acknowledges the sender instead of echoing its message.
    reachesSender: false,
    payload: 'string-or-binary',
    binary: true,
    ordering: 'ordered-per-sender',
    survivesReload: false,
    autoReconnect: 'no',
    limitsKey: 'ws.limits',
    typicalUseKey: 'ws.typicalUse',
    gotchaKey: 'ws.gotcha',
  },
};
