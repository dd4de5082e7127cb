// How each mechanism races: its counterpart (an echo page in a frame or popup, the worker, the
// server), set up through the mechanism's own transport, so the Race measures the app's code path.
import { demoOrigins } from '../../lib/app-config';
import { randomId } from '../../lib/ids';
import { safeStorage } from '../../lib/safe-storage';
import { createWindowInboxTransport } from '../../lib/window-messaging/transport';
import { createBroadcastChannelTransport } from '../../mechanisms/broadcast-channel/transport';
import { meta as bcMeta } from '../../mechanisms/broadcast-channel/meta';
import { createSseTransport } from '../../mechanisms/server-sent-events/transport';
import { meta as sseMeta } from '../../mechanisms/server-sent-events/meta';
import { createServiceWorkerTransport } from '../../mechanisms/service-worker/transport';
import { meta as swMeta } from '../../mechanisms/service-worker/meta';
import { createStorageEventTransport } from '../../mechanisms/storage-event/transport';
import type { Transport } from '../../mechanisms/types';
import { createWebSocketTransport } from '../../mechanisms/websocket/transport';
import { meta as wsMeta } from '../../mechanisms/websocket/meta';
import { workerRaceRig } from '../../mechanisms/worker-message-channel/race';
import { PATHS } from '../../shared/endpoints';
import { RACE_EVENT, SSE_LIMITS, WS_LIMITS } from '../../shared/server-protocol';
import type { Rig, RigSession } from './engine';
import type { PeerRef } from '../../shared/envelope';

const ECHO = '/race-echo.html';

/** A hidden frame with the echo page; resolves once it has loaded. */
function mountFrame(src: string, signal: AbortSignal): Promise<HTMLIFrameElement> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.src = src;
    frame.title = 'Race counterpart';
    frame.setAttribute('aria-hidden', 'true');
    frame.tabIndex = -1;
    frame.className = 'race-frame';
    frame.addEventListener('load', () => resolve(frame), { once: true });
    signal.addEventListener('abort', () => {
      frame.remove();
      reject(new Error('cancelled'));
    });
    document.body.append(frame);
  });
}

/** Resolves when `ready()` holds, checking on every change, or rejects after `ms`. */
function until(
  ready: () => boolean,
  subscribe: (notify: () => void) => () => void,
  ms: number,
  why: string,
): Promise<void> {
  return new Promise((resolve, reject) => {
    if (ready()) return resolve();
    const timer = setTimeout(() => {
      off();
      reject(new Error(why));
    }, ms);
    const off = subscribe(() => {
      if (!ready()) return;
      clearTimeout(timer);
      off();
      resolve();
    });
  });
}

const SERVER_DOWN = 'the Comms Lab server is not reachable (start it with npm start)';

/** Window messaging with an echo page in a frame or popup: one target, one trusted origin. */
function windowSession(
  self: PeerRef,
  label: string,
  target: () => Window | null,
  origin: string,
  remove: () => void,
): RigSession {
  const transport = createWindowInboxTransport({
    self,
    address: label,
    targets: () => new Map([['race-echo', { window: target(), targetOrigin: origin, label }]]),
    trusted: () => [origin],
    verify: () => true,
    sources: () => [target()],
    // The race sends 100 KiB payloads; the page's own limit guards against hostile frames.
    maxBytes: 1024 * 1024,
  });
  transport.connect();
  return {
    transport,
    recipient: 'race-echo',
    dispose: () => {
      transport.close();
      remove();
    },
  };
}

export type RigContext = {
  /** The popup opened synchronously in the click that started the race (or null: blocked). */
  popup: () => Window | null;
};

export function createRigs(context: RigContext): Rig[] {
  const origins = demoOrigins();
  return [
    {
      id: 'iframe-post-message',
      counterpart: 'an iframe on the other origin (port)',
      unavailable: () => null,
      async setup(self, signal) {
        const frame = await mountFrame(
          `${origins.foreign}${ECHO}?mode=window&peer=${encodeURIComponent(origins.app)}`,
          signal,
        );
        return windowSession(
          self,
          'race frame',
          () => frame.contentWindow,
          origins.foreign,
          () => frame.remove(),
        );
      },
    },
    {
      id: 'window-open',
      counterpart: 'a popup on this origin',
      unavailable: () => null,
      async setup(self) {
        const popup = context.popup();
        if (!popup) throw new Error('the browser blocked the popup (allow popups for this page)');
        return windowSession(
          self,
          'race popup',
          () => (popup.closed ? null : popup),
          origins.app,
          () => popup.close(),
        );
      },
    },
    {
      id: 'broadcast-channel',
      counterpart: 'an iframe on this origin',
      unavailable: () => (bcMeta.canBeUsed() ? null : 'this browser has no BroadcastChannel'),
      async setup(self, signal) {
        const channel = `comms-lab-race-${randomId().slice(0, 8)}`;
        const frame = await mountFrame(`${ECHO}?mode=bc&channel=${channel}`, signal);
        const transport = createBroadcastChannelTransport({ self, address: channel });
        transport.connect();
        return {
          transport,
          dispose: () => {
            transport.close();
            frame.remove();
          },
        };
      },
    },
    {
      id: 'storage-event',
      counterpart: 'an iframe on this origin',
      unavailable: () =>
        safeStorage.get('local', 'comms-lab-race-probe').ok ? null : 'localStorage is unavailable',
      async setup(self, signal) {
        const key = `comms-lab-race:${randomId().slice(0, 8)}`;
        const frame = await mountFrame(`${ECHO}?mode=storage&key=${key}`, signal);
        const transport = createStorageEventTransport({ self, address: key });
        transport.connect();
        return {
          transport,
          dispose: () => {
            transport.close();
            frame.remove();
            safeStorage.remove('local', key);
          },
        };
      },
    },
    {
      id: 'service-worker',
      counterpart: 'the relay worker, back to this tab',
      unavailable: () =>
        swMeta.canBeUsed() ? null : 'ServiceWorkers need a secure context (https or localhost)',
      async setup(self) {
        let you = '';
        const transport = createServiceWorkerTransport({
          self,
          address: swMeta.defaultAddress,
          relay: () => ({ mode: 'one', target: you }),
        });
        const offReply = transport.onReply((reply) => {
          if (reply.type === 'clients') you = reply.you;
        });
        transport.connect();
        const claim = setTimeout(() => transport.command({ type: 'claim' }), 1500);
        try {
          await until(
            () => transport.lifecycle().controller !== null,
            transport.onChange,
            6000,
            'this page did not come under the worker’s control',
          );
          const ask = setInterval(() => transport.command({ type: 'who' }), 200);
          transport.command({ type: 'who' });
          await until(
            () => you !== '',
            transport.onReply as (n: () => void) => () => void,
            4000,
            'the worker did not say who this tab is',
          ).finally(() => clearInterval(ask));
        } finally {
          clearTimeout(claim);
        }
        return {
          transport,
          dispose: () => {
            offReply();
            transport.close();
          },
        };
      },
    },
    {
      id: 'websocket',
      counterpart: 'the server (its ack)',
      unavailable: () => (wsMeta.canBeUsed() ? null : 'this browser has no WebSocket'),
      // The envelope around the payload needs room too.
      maxBytes: {
        bytes: WS_LIMITS.maxPayload - 2048,
        reason: 'over the server’s 64 KiB frame limit',
      },
      maxPerSecond: WS_LIMITS.ratePerSecond,
      maxMessages: 100,
      // The chat accepts join, rename and chat; the race talks in a room of its own.
      kind: 'chat',
      async setup(self) {
        const transport = createWebSocketTransport({
          self,
          address: PATHS.ws,
          room: `race-${randomId().slice(0, 8)}`,
        });
        transport.connect();
        try {
          await until(
            () => transport.state().readyState === 'open',
            transport.onChange,
            5000,
            SERVER_DOWN,
          );
        } catch (error) {
          transport.close();
          throw error;
        }
        return { transport, dispose: () => transport.close() };
      },
    },
    {
      id: 'server-sent-events',
      counterpart: 'the server (POST, then the event on the stream)',
      unavailable: () => (sseMeta.canBeUsed() ? null : 'this browser has no EventSource'),
      maxBytes: {
        bytes: SSE_LIMITS.publishMax - 2048,
        reason: 'over the server’s 8 KiB publish limit',
      },
      async setup(self) {
        const sse = createSseTransport({ self, address: PATHS.sse, extraTypes: [RACE_EVENT] });
        sse.connect();
        try {
          await until(() => sse.state().readyState === 'open', sse.onChange, 5000, SERVER_DOWN);
        } catch (error) {
          sse.close();
          throw error;
        }
        // The race publishes under its own event name, so no feed page hears it.
        const transport: Transport = {
          label: sse.label,
          connect: () => undefined,
          send(envelope) {
            sse.publish(RACE_EVENT, envelope).catch(() => undefined);
            return { ok: true };
          },
          subscribe: sse.subscribe,
          close: () => sse.close(),
        };
        return { transport, dispose: () => sse.close() };
      },
    },
    workerRaceRig,
  ];
}

export const popupUrl = () => `${ECHO}?mode=window&peer=${encodeURIComponent(demoOrigins().app)}`;
