import { lazy } from 'react';
import type { Mechanism } from '../../lib/mechanism-types';
import { meta } from './meta';
import { seTexts } from './texts';
import { lazyTransport } from '../../lib/lazy-transport';

export const storageEvent: Mechanism = {
  meta,
  createTransport: (options) =>
    lazyTransport(() => import('./transport').then((m) => m.createStorageEventTransport), options),
  Page: lazy(() => import('./page')),
  texts: { en: seTexts, load: { 'zh-CN': () => import('./texts.zh-cn') } },
  traitTexts: { en: () => import('./traits'), 'zh-CN': () => import('./traits.zh-cn') },
  statusTexts: { 'zh-CN': () => import('./status.zh-cn') },
  race: { load: () => import('./race').then((m) => m.createRig()) },
  whyNotArrived: () => import('./why-not-arrived'),
  flow: { sendsTo: 'place', addressed: 'frame' },
  hood: () => import('./hood'),
  claims: () => import('./claims'),
  compat: ['api.Window.localStorage', 'api.Window.storage_event', 'api.StorageEvent'],
  receipts: { hearsBack: false },
};
