import { lazy } from 'react';
import { lazyTransport } from '../../lib/lazy-transport';
import type { Mechanism } from '../../lib/mechanism-types';
import { meta } from './meta';
import { swTexts } from './texts';

export const serviceWorker: Mechanism = {
  meta,
  // Generic use relays to every other tab; the page chooses the mode itself.
  createTransport: (options) =>
    lazyTransport(
      () =>
        import('./transport').then(
          (m) => (o) => m.createServiceWorkerTransport({ ...o, relay: () => ({ mode: 'others' }) }),
        ),
      options,
    ),
  Page: lazy(() => import('./page')),
  texts: { en: swTexts, load: { 'zh-CN': () => import('./texts.zh-cn') } },
  traitTexts: { en: () => import('./traits'), 'zh-CN': () => import('./traits.zh-cn') },
  statusTexts: { 'zh-CN': () => import('./status.zh-cn') },
  race: { load: () => import('./race').then((m) => m.createRig()) },
  whyNotArrived: () => import('./why-not-arrived'),
  flow: { sendsTo: 'worker', name: 'ServiceWorker' },
  hood: () => import('./hood'),
  claims: () => import('./claims'),
  compat: [
    'api.ServiceWorkerContainer.register',
    'api.ServiceWorker.postMessage',
    'api.Clients.matchAll',
  ],
  receipts: { hearsBack: false },
};
