import type { MechanismMeta } from '../../lib/mechanism-types';
import { storageArea } from '../../lib/safe-storage';

export const meta: MechanismMeta = {
  id: 'storage-event',
  titleKey: 'se.title',
  summaryKey: 'se.summary',
  mdn: 'https://developer.mozilla.org/en-US/docs/Web/API/Window/storage_event',
  defaultAddress: 'comms-lab:message',
  // Feature checks here, not in transport.ts, so the navigation does not load the transport.
  canBeUsed: () =>
    typeof window !== 'undefined' && 'onstorage' in window && storageArea('local') !== null,
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
