import { lazy } from 'react';
import { lazyTransport } from '../../lib/lazy-transport';
import type { Mechanism } from '../../lib/mechanism-types';
import { meta } from './meta';
import { smTexts } from './texts';

export const sharedMemory: Mechanism = {
  meta,
  createTransport: (options) =>
    lazyTransport(() => import('./transport').then((m) => m.createSharedMemoryTransport), options),
  Page: lazy(() => import('./page')),
  texts: { en: smTexts, load: { 'zh-CN': () => import('./texts.zh-cn') } },
  statusTexts: { 'zh-CN': () => import('./status.zh-cn') },
  traitTexts: { en: () => import('./traits'), 'zh-CN': () => import('./traits.zh-cn') },
  race: { cannot: 'sm.cannotRace' },
  whyNotArrived: () => import('./why-not-arrived'),
  flow: { sendsTo: 'worker', name: 'Mailbox worker' },
  receipts: { hearsBack: true },
  hood: () => import('./hood'),
  claims: () => import('./claims'),
  compat: [
    'javascript.builtins.SharedArrayBuffer',
    'javascript.builtins.Atomics.wait',
    'javascript.builtins.Atomics.waitAsync',
    'javascript.builtins.Atomics.notify',
    'api.crossOriginIsolated',
    'http.headers.Cross-Origin-Embedder-Policy',
    'http.headers.Cross-Origin-Opener-Policy',
  ],
};
