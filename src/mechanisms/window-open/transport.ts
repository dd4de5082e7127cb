// window.open returns the popup's WindowProxy, or null when the browser blocked the popup (no user
// gesture, a blocker) — and also, by design, when `noopener` or `noreferrer` is among the features.
// The popup reaches back through window.opener (null with noopener). Messages posted before the
// popup's page listens are lost, so the popup announces itself and the opener waits for that.
// https://developer.mozilla.org/en-US/docs/Web/API/Window/open
// Opening and closing windows: src/lib/window-messaging/popup.ts.
import {
  createWindowInboxTransport,
  type WindowTransport,
} from '../../lib/window-messaging/transport';
import type { TransportOptions } from '../../lib/transport-types';

/** The opener's inbox: only its popups' windows are heard; sends go to a popup by recipient id. */
export function createOpenerTransport(
  options: TransportOptions & {
    popups: () => ReadonlyMap<string, Window | null>;
    trusted: () => readonly string[];
    label?: () => string;
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

/** What the popup knows about how it was opened. */
export function openerFacts(): { hasOpener: boolean; referrer: string } {
  return { hasOpener: window.opener !== null, referrer: document.referrer };
}
