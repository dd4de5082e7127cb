// What the mechanisms' race rigs (src/mechanisms/<id>/race.ts) share: the echo page, a hidden
// frame to hold it, a wait for a condition, and a session over window messaging.
import { demoOrigins } from './app-config';
import type { RigSession } from './race-types';
import type { PeerRef } from '../shared/envelope';
import { createWindowInboxTransport, type FrameTarget } from './window-messaging/transport';

/** The counterpart page: echoes what it gets over the channel its query names. */
export const ECHO = '/race-echo.html';

export const SERVER_DOWN = 'the Comms Lab server is not reachable (start it with npm start)';

/** The echo page in window mode, answering the app's origin. */
export const echoWindowUrl = (base = '') =>
  `${base}${ECHO}?mode=window&peer=${encodeURIComponent(demoOrigins().app)}`;

/** A hidden frame with the echo page; resolves once it has loaded. */
export function mountFrame(src: string, signal: AbortSignal): Promise<HTMLIFrameElement> {
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

/** Resolves when `ready()` holds, checking on every notification, or rejects after `ms`. */
export function until(
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

/**
 * Window messaging with an echo page in a frame or popup: one target, one trusted origin. The
 * transport reads its targets, trusted origins and sources per message; here they are built once
 * (the target window is read through a getter), so the rig allocates nothing per message.
 */
export function windowSession(
  self: PeerRef,
  label: string,
  target: () => Window | null,
  origin: string,
  remove: () => void,
): RigSession {
  const echo: FrameTarget = {
    get window() {
      return target();
    },
    targetOrigin: origin,
    label,
  };
  const targets: ReadonlyMap<string, FrameTarget> = new Map([['race-echo', echo]]);
  const trusted = [origin] as const;
  const sources: Array<Window | null> = [null];
  const transport = createWindowInboxTransport({
    self,
    address: label,
    targets: () => targets,
    trusted: () => trusted,
    verify: () => true,
    sources: () => {
      sources[0] = target();
      return sources;
    },
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
