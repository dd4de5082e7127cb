import type { MechanismMeta } from '../../lib/mechanism-types';

export const meta: MechanismMeta = {
  id: 'service-worker',
  titleKey: 'sw.title',
  summaryKey: 'sw.summary',
  mdn: 'https://developer.mozilla.org/en-US/docs/Web/API/Service_Worker_API',
  // The worker script: the built /sw.js, or its TypeScript source under Vite's dev server.
  // (import.meta.env is Vite's; Node scripts that read the registry have none.)
  defaultAddress: import.meta.env?.DEV ? '/src/mechanisms/service-worker/sw.worker.ts' : '/sw.js',
  // Feature check here, not in transport.ts, so the navigation does not load the transport.
  canBeUsed: () =>
    typeof window !== 'undefined' && 'serviceWorker' in navigator && window.isSecureContext,
  traits: {
    scope: 'same-origin',
    direction: 'many-to-many',
    needsServer: false,
    reachesSender: true,
    payload: 'structured-clone',
    binary: true,
    ordering: 'ordered-per-sender',
    survivesReload: true,
    autoReconnect: 'yes',
    limitsKey: 'sw.limits',
    typicalUseKey: 'sw.typicalUse',
    gotchaKey: 'sw.gotcha',
  },
};
