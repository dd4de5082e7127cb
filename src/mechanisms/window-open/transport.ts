// window.open returns the popup's WindowProxy, or null when the browser blocked the popup (no
// transient user activation: a click, tap or key press in the last ~5 s, which the popup then uses
// up; https://html.spec.whatwg.org/multipage/interaction.html#transient-activation) — and also, by
// design, when `noopener` or `noreferrer` is among the features.
// The popup reaches back through window.opener (null with noopener). Messages posted before the
// popup's page listens are lost, so the popup announces itself and the opener waits for that.
// https://developer.mozilla.org/en-US/docs/Web/API/Window/open
import { errorInfo, type ErrorInfo } from '../../lib/error-info';
import {
  createWindowInboxTransport,
  type WindowTransport,
} from '../../lib/window-messaging/transport';
import type { TransportOptions } from '../types';

export type PopupFeatures = {
  width: number;
  height: number;
  left: number;
  top: number;
  noopener: boolean;
  noreferrer: boolean;
};

export function featureString(f: PopupFeatures): string {
  const parts = [
    `popup`,
    `width=${f.width}`,
    `height=${f.height}`,
    `left=${f.left}`,
    `top=${f.top}`,
  ];
  if (f.noopener) parts.push('noopener');
  if (f.noreferrer) parts.push('noreferrer');
  return parts.join(',');
}

export type OpenResult =
  | { kind: 'opened'; window: Window }
  | { kind: 'no-handle' }
  | { kind: 'blocked' }
  | { kind: 'error'; error: ErrorInfo };

/** Opens (or reuses, by name) a popup, and says plainly what came back. */
export function openPopup(url: string, name: string, features: PopupFeatures): OpenResult {
  let handle: Window | null;
  try {
    handle = window.open(url, name, featureString(features));
  } catch (error) {
    return { kind: 'error', error: errorInfo(error) };
  }
  if (handle) return { kind: 'opened', window: handle };
  // With noopener/noreferrer, null is what the spec returns even on success.
  return features.noopener || features.noreferrer ? { kind: 'no-handle' } : { kind: 'blocked' };
}

/** The opener's inbox: only its popups' windows are heard; sends go to a popup by recipient id. */
export function createOpenerTransport(
  options: TransportOptions & {
    popups: () => ReadonlyMap<string, Window | null>;
    trusted: () => readonly string[];
  },
): WindowTransport {
  return createWindowInboxTransport({
    ...options,
    targets: () =>
      new Map(
        [...options.popups()].map(([id, win]) => [
          id,
          {
            window: win && !win.closed ? win : null,
            targetOrigin: options.trusted()[0] ?? '/',
            label: id,
          },
        ]),
      ),
    trusted: options.trusted,
    verify: () => true,
    sources: () => [...options.popups().values()],
  });
}

/** The popup's side: talks to window.opener, trusting only the opener's origin (`address`). */
export function createPopupTransport({ self, address }: TransportOptions): WindowTransport {
  return createWindowInboxTransport({
    self,
    address,
    targets: () =>
      new Map([
        [
          'opener',
          { window: window.opener as Window | null, targetOrigin: address, label: 'opener' },
        ],
      ]),
    trusted: () => [address],
    verify: () => true,
    sources: () => [window.opener as Window | null],
  });
}

export function isClosed(win: Window | null): boolean {
  try {
    return !win || win.closed;
  } catch {
    return true;
  }
}

export function focusWindow(win: Window | null): void {
  win?.focus();
}

export function closeWindow(win: Window | null): void {
  win?.close();
}

/** What the popup knows about how it was opened. */
export function openerFacts(): { hasOpener: boolean; referrer: string } {
  return { hasOpener: window.opener !== null, referrer: document.referrer };
}
