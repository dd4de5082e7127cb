import { lazy } from 'react';
import type { Mechanism } from '../types';
import { meta } from './meta';
import { createBroadcastChannelTransport } from './transport';

export const broadcastChannel: Mechanism = {
  meta,
  createTransport: createBroadcastChannelTransport,
  Page: lazy(() => import('./page')),
};
