import { lazy } from 'react';
import type { Mechanism } from '../types';
import { meta } from './meta';
import { createStorageEventTransport } from './transport';

export const storageEvent: Mechanism = {
  meta,
  createTransport: createStorageEventTransport,
  Page: lazy(() => import('./page')),
};
