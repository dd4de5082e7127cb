import { lazy } from 'react';
import type { Mechanism } from '../../lib/mechanism-types';
import { meta } from './meta';
import { lazyTransport } from '../../lib/lazy-transport';

export const storageEvent: Mechanism = {
  meta,
  createTransport: (options) =>
    lazyTransport(() => import('./transport').then((m) => m.createStorageEventTransport), options),
  Page: lazy(() => import('./page')),
  race: { load: () => import('./race').then((m) => m.createRig()) },
};
