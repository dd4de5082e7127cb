import { lazy } from 'react';
import { lazyTransport } from '../../lib/lazy-transport';
import type { Mechanism } from '../../lib/mechanism-types';
import { meta } from './meta';
import { shwTexts } from './texts';

export const sharedWorker: Mechanism = {
  meta,
  createTransport: (options) =>
    lazyTransport(() => import('./transport').then((m) => m.createSharedWorkerTransport), options),
  Page: lazy(() => import('./page')),
  texts: { en: shwTexts, load: { 'zh-CN': () => import('./texts.zh-cn') } },
  traitTexts: { en: () => import('./traits'), 'zh-CN': () => import('./traits.zh-cn') },
  statusTexts: { 'zh-CN': () => import('./status.zh-cn') },
  race: { load: () => import('./race').then((m) => m.createRig()) },
  whyNotArrived: () => import('./why-not-arrived'),
  flow: { sendsTo: 'worker', name: 'SharedWorker hub' },
  hood: () => import('./hood'),
  claims: () => import('./claims'),
  compat: ['api.SharedWorker', 'api.MessagePort.start'],
  receipts: { hearsBack: false },
};
