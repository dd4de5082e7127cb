import { lazy } from 'react';
import type { Mechanism } from '../types';
import { meta } from './meta';
import { createPopupTransport } from './transport';

export const windowOpen: Mechanism = {
  meta,
  // The generic factory is the popup's side: `address` is the opener origin it trusts.
  createTransport: createPopupTransport,
  Page: lazy(() => import('./page')),
  Peer: lazy(() => import('./peer')),
};
