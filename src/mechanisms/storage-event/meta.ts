import type { MechanismMeta } from '../types';
import { isStorageEventSupported } from './transport';

export const meta: MechanismMeta = {
  id: 'storage-event',
  titleKey: 'se.title',
  summaryKey: 'se.summary',
  mdn: 'https://developer.mozilla.org/en-US/docs/Web/API/Window/storage_event',
  defaultAddress: 'comms-lab:message',
  canBeUsed: isStorageEventSupported,
  traits: {
    scope: 'same-origin',
    direction: 'many-to-many',
    needsServer: false,
    reachesSender: false,
    payload: 'string',
    binary: false,
    ordering: 'ordered',
    survivesReload: true,
    autoReconnect: 'not-applicable',
    limitsKey: 'se.limits',
    typicalUseKey: 'se.typicalUse',
    gotchaKey: 'se.gotcha',
  },
};
