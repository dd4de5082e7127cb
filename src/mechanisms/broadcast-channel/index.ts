import { lazy } from 'react';
import type { Mechanism } from '../../lib/mechanism-types';
import { meta } from './meta';
import { bcTexts } from './texts';
import { lazyTransport } from '../../lib/lazy-transport';

export const broadcastChannel: Mechanism = {
  meta,
  createTransport: (options) =>
    lazyTransport(
      () => import('./transport').then((m) => m.createBroadcastChannelTransport),
      options,
    ),
  Page: lazy(() => import('./page')),
  texts: { en: bcTexts, load: { 'zh-CN': () => import('./texts.zh-cn') } },
  traitTexts: { en: () => import('./traits'), 'zh-CN': () => import('./traits.zh-cn') },
  statusTexts: { 'zh-CN': () => import('./status.zh-cn') },
  race: { load: () => import('./race').then((m) => m.createRig()) },
  whyNotArrived: () => import('./why-not-arrived'),
  flow: { sendsTo: 'place', addressed: 'frame' },
  hood: () => import('./hood'),
  claims: () => import('./claims'),
  compat: [
    'api.BroadcastChannel',
    'api.BroadcastChannel.postMessage',
    'api.BroadcastChannel.messageerror_event',
  ],
  receipts: { hearsBack: false },
};
