import { lazy } from 'react';
import type { Mechanism } from '../../lib/mechanism-types';
import { meta } from './meta';
import { ifrTexts } from './texts';
import { lazyTransport } from '../../lib/lazy-transport';

export const iframePostMessage: Mechanism = {
  meta,
  // The generic factory is the frame's side: `address` is the parent origin it trusts.
  createTransport: (options) =>
    lazyTransport(() => import('./transport').then((m) => m.createFrameChildTransport), options),
  Page: lazy(() => import('./page')),
  texts: { en: ifrTexts, load: { 'zh-CN': () => import('./texts.zh-cn') } },
  traitTexts: { en: () => import('./traits'), 'zh-CN': () => import('./traits.zh-cn') },
  race: { load: () => import('./race').then((m) => m.createRig()) },
  Peer: lazy(() => import('./peer')),
  whyNotArrived: () => import('./why-not-arrived'),
  flow: { sendsTo: 'place', addressed: 'frame' },
  hood: () => import('./hood'),
  claims: () => import('./claims'),
  compat: [
    'api.Window.postMessage',
    'api.Window.message_event',
    'api.MessageChannel',
    'api.HTMLIFrameElement.contentWindow',
  ],
  receipts: { hearsBack: false },
};
