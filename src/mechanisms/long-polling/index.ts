import { lazy } from 'react';
import { lazyTransport } from '../../lib/lazy-transport';
import type { Mechanism } from '../../lib/mechanism-types';
import { meta } from './meta';
import { lpTexts } from './texts';

export const longPolling: Mechanism = {
  meta,
  createTransport: (options) =>
    lazyTransport(() => import('./transport').then((m) => m.createFeedWaysTransport), options),
  Page: lazy(() => import('./page')),
  texts: { en: lpTexts, load: { 'zh-CN': () => import('./texts.zh-cn') } },
  traitTexts: { en: () => import('./traits'), 'zh-CN': () => import('./traits.zh-cn') },
  statusTexts: { 'zh-CN': () => import('./status.zh-cn') },
  race: { cannot: 'lp.cannotRace' },
  whyNotArrived: () => import('./why-not-arrived'),
  flow: { sendsTo: 'server' },
  receipts: { hearsBack: true },
  hood: () => import('./hood'),
  claims: () => import('./claims'),
  compat: ['api.fetch', 'api.EventSource', 'api.WebSocket'],
};
