import { lazy } from 'react';
import { lazyTransport } from '../../lib/lazy-transport';
import type { Mechanism } from '../../lib/mechanism-types';
import { meta } from './meta';
import { wmcTexts } from './texts';

export const workerMessageChannel: Mechanism = {
  meta,
  createTransport: (options) =>
    lazyTransport(() => import('./transport').then((m) => m.createWorkerTransport), options),
  Page: lazy(() => import('./page')),
  texts: { en: wmcTexts, load: { 'zh-CN': () => import('./texts.zh-cn') } },
  statusTexts: { 'zh-CN': () => import('./status.zh-cn') },
  traitTexts: { en: () => import('./traits'), 'zh-CN': () => import('./traits.zh-cn') },
  race: { load: () => import('./race').then((m) => m.createRig()) },
  whyNotArrived: () => import('./why-not-arrived'),
  flow: { sendsTo: 'worker', name: 'Worker A' },
  hood: () => import('./hood'),
  claims: () => import('./claims'),
  compat: ['api.Worker', 'api.Worker.postMessage', 'api.MessageChannel', 'api.MessagePort.start'],
  receipts: { hearsBack: true },
};
