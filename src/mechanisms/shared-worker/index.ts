import { lazy } from 'react';
import { lazyTransport } from '../../lib/lazy-transport';
import type { Mechanism } from '../../lib/mechanism-types';
import { meta } from './meta';

export const sharedWorker: Mechanism = {
  meta,
  createTransport: (options) =>
    lazyTransport(() => import('./transport').then((m) => m.createSharedWorkerTransport), options),
  Page: lazy(() => import('./page')),
  race: { load: () => import('./race').then((m) => m.createRig()) },
};
