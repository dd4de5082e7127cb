import { lazy } from 'react';
import { lazyTransport } from '../../lib/lazy-transport';
import type { Mechanism } from '../../lib/mechanism-types';
import { meta } from './meta';
import { sseTexts } from './texts';

export const serverSentEvents: Mechanism = {
  meta,
  createTransport: (options) =>
    lazyTransport(() => import('./transport').then((m) => m.createSseTransport), options),
  Page: lazy(() => import('./page')),
  texts: { en: sseTexts, load: { 'zh-CN': () => import('./texts.zh-cn') } },
  traitTexts: { en: () => import('./traits'), 'zh-CN': () => import('./traits.zh-cn') },
  statusTexts: { 'zh-CN': () => import('./status.zh-cn') },
  race: { load: () => import('./race').then((m) => m.createRig()) },
  whyNotArrived: () => import('./why-not-arrived'),
  flow: { sendsTo: 'server' },
  hood: () => import('./hood'),
  claims: () => import('./claims'),
  compat: ['api.EventSource', 'api.EventSource.EventSource'],
  receipts: { hearsBack: true },
};
