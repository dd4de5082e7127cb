import type { MechanismMeta } from '../types';
import { isWindowMessagingSupported } from './transport';

export const meta: MechanismMeta = {
  id: 'iframe-post-message',
  titleKey: 'ifr.title',
  summaryKey: 'ifr.summary',
  mdn: 'https://developer.mozilla.org/en-US/docs/Web/API/Window/postMessage',
  defaultAddress: 'frames',
  canBeUsed: isWindowMessagingSupported,
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
