import { lazy } from 'react';
import { lazyTransport } from '../../lib/lazy-transport';
import type { Mechanism } from '../../lib/mechanism-types';
import { meta } from './meta';

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
  race: { load: () => import('./race').then((m) => m.createRig()) },
};
