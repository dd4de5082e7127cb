import { lazy } from 'react';
import { lazyTransport } from '../../lib/lazy-transport';
import type { Mechanism } from '../../lib/mechanism-types';
import { meta } from './meta';
import { rtcTexts } from './texts';

export const webrtcDataChannel: Mechanism = {
  meta,
  createTransport: (options) =>
    lazyTransport(() => import('./transport').then((m) => m.createRtcTransport), options),
  Page: lazy(() => import('./page')),
  texts: { en: rtcTexts, load: { 'zh-CN': () => import('./texts.zh-cn') } },
  traitTexts: { en: () => import('./traits'), 'zh-CN': () => import('./traits.zh-cn') },
  statusTexts: { 'zh-CN': () => import('./status.zh-cn') },
  race: { load: () => import('./race').then((m) => m.createRig()) },
  whyNotArrived: () => import('./why-not-arrived'),
  // Sent to one other tab, straight: its lane, not a channel's or the server's.
  flow: { sendsTo: 'place', addressed: 'tab' },
  receipts: { hearsBack: false },
  hood: () => import('./hood'),
  claims: () => import('./claims'),
  compat: ['api.RTCDataChannel', 'api.RTCPeerConnection'],
};
