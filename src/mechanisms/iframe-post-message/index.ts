import { lazy } from 'react';
import type { Mechanism } from '../types';
import { meta } from './meta';
import { createFrameChildTransport } from './transport';

export const iframePostMessage: Mechanism = {
  meta,
  // The generic factory is the frame's side: `address` is the parent origin it trusts.
  createTransport: createFrameChildTransport,
  Page: lazy(() => import('./page')),
  Peer: lazy(() => import('./peer')),
};
