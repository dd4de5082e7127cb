// The frame-specific half of window messaging; the shared inbox lives in
// src/lib/window-messaging/transport.ts (the popup page uses it too).
import { errorInfo } from '../../lib/error-info';
import {
  createWindowInboxTransport,
  failure,
  type WindowTransport,
} from '../../lib/window-messaging/transport';
import type { TransportOptions } from '../../lib/transport-types';

export {
  createPortTransport,
  createWindowInboxTransport,
  MAX_MESSAGE_BYTES,
  postRaw,
} from '../../lib/window-messaging/transport';
export type { FrameTarget, WindowTransport } from '../../lib/window-messaging/transport';

/**
 * The child's side: talks to window.parent, trusting only the parent origin it was given
 * (`address`), and only events whose source is the parent window.
 */
export function createFrameChildTransport({ self, address }: TransportOptions): WindowTransport {
  return createWindowInboxTransport({
    self,
    address,
    targets: () =>
      new Map([
        [
          'parent',
          {
            window: window.parent === window ? null : window.parent,
            targetOrigin: address,
            label: 'parent',
          },
        ],
      ]),
    trusted: () => [address],
    verify: () => true,
    sources: () => [window.parent],
    // The trusted parent may send large buffers (the transfer demo); strangers were refused above.
    maxBytes: 32 * 1024 * 1024,
  });
}

/** Reading another origin's document throws SecurityError: the same-origin policy at work. */
export function readFrameTitle(
  frame: HTMLIFrameElement | null,
): { ok: true; title: string } | { ok: false; error: { name: string; message: string } } {
  try {
    const doc = frame?.contentWindow?.document;
    if (!doc)
      return { ok: false, error: failure('NotFoundError', 'the frame has no document yet') };
    return { ok: true, title: doc.title };
  } catch (error) {
    return { ok: false, error: errorInfo(error) };
  }
}
