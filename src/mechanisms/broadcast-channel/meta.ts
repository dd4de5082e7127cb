import type { MechanismMeta } from '../types';
import { isBroadcastChannelSupported } from './transport';

export const meta: MechanismMeta = {
  id: 'broadcast-channel',
  titleKey: 'bc.title',
  summaryKey: 'bc.summary',
  mdn: 'https://developer.mozilla.org/en-US/docs/Web/API/Broadcast_Channel_API',
  defaultAddress: 'comms-lab',
  canBeUsed: isBroadcastChannelSupported,
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
