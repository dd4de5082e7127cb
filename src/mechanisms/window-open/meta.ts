import type { MechanismMeta } from '../types';
import { isWindowOpenSupported } from './transport';

export const meta: MechanismMeta = {
  id: 'window-open',
  titleKey: 'pop.title',
  summaryKey: 'pop.summary',
  mdn: 'https://developer.mozilla.org/en-US/docs/Web/API/Window/open',
  defaultAddress: 'popups',
  canBeUsed: isWindowOpenSupported,
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
    limitsKey: 'pop.limits',
    typicalUseKey: 'pop.typicalUse',
    gotchaKey: 'pop.gotcha',
  },
};
