import { lazy } from 'react';
import type { Mechanism } from '../../lib/mechanism-types';
import { meta } from './meta';
import { popTexts } from './texts';
import { lazyTransport } from '../../lib/lazy-transport';

export const windowOpen: Mechanism = {
  meta,
  // The generic factory is the popup's side: `address` is the opener origin it trusts.
  createTransport: (options) =>
    lazyTransport(() => import('./transport').then((m) => m.createPopupTransport), options),
  Page: lazy(() => import('./page')),
  texts: { en: popTexts, load: { 'zh-CN': () => import('./texts.zh-cn') } },
  statusTexts: { 'zh-CN': () => import('./status.zh-cn') },
  traitTexts: { en: () => import('./traits'), 'zh-CN': () => import('./traits.zh-cn') },
  race: { load: () => import('./race').then((m) => m.createRig()) },
  Peer: lazy(() => import('./peer')),
  whyNotArrived: () => import('./why-not-arrived'),
  flow: { sendsTo: 'place', addressed: 'popup' },
  hood: () => import('./hood'),
  claims: () => import('./claims'),
  compat: ['api.Window.open', 'api.Window.opener', 'api.Window.postMessage'],
  receipts: { hearsBack: false },
};
