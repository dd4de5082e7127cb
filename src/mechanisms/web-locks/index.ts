import { lazy } from 'react';
import { lazyTransport } from '../../lib/lazy-transport';
import type { Mechanism } from '../../lib/mechanism-types';
import { meta } from './meta';
import { wlTexts } from './texts';

export const webLocks: Mechanism = {
  meta,
  createTransport: (options) =>
    lazyTransport(() => import('./transport').then((m) => m.createLeaderTransport), options),
  Page: lazy(() => import('./page')),
  texts: { en: wlTexts, load: { 'zh-CN': () => import('./texts.zh-cn') } },
  traitTexts: { en: () => import('./traits'), 'zh-CN': () => import('./traits.zh-cn') },
  statusTexts: { 'zh-CN': () => import('./status.zh-cn') },
  race: { cannot: 'wl.cannotRace' },
  whyNotArrived: () => import('./why-not-arrived'),
  flow: { sendsTo: 'server' },
  hood: () => import('./hood'),
  claims: () => import('./claims'),
  compat: [
    'api.Navigator.locks',
    'api.LockManager.request',
    'api.LockManager.query',
    'api.BroadcastChannel',
    'api.EventSource',
  ],
  receipts: { hearsBack: true },
};
