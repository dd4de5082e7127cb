import { lazy } from 'react';
import type { Mechanism } from '../../lib/mechanism-types';
import { meta } from './meta';
import { lazyTransport } from '../../lib/lazy-transport';

export const windowOpen: Mechanism = {
  meta,
  // The generic factory is the popup's side: `address` is the opener origin it trusts.
  createTransport: (options) =>
    lazyTransport(() => import('./transport').then((m) => m.createPopupTransport), options),
  Page: lazy(() => import('./page')),
  race: { load: () => import('./race').then((m) => m.createRig()) },
  Peer: lazy(() => import('./peer')),
};
