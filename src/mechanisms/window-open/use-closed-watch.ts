import { useEffect, type RefObject } from 'react';
import type { ReadyQueue } from '../../lib/ready-queue';
import { isClosed } from '../../lib/window-messaging/popup';
import type { Envelope } from '../../shared/envelope';

/** A popup this page opened: its window (null once closed, or opened without a handle) and queue. */
export type LivePopup = { window: Window | null; queue: ReadyQueue<Envelope> };

export const CLOSED_POLL_MS = 500;

/**
 * No event tells an opener that its popup closed: it has to look at `popup.closed`
 * (https://developer.mozilla.org/docs/Web/API/Window/closed). Each closed popup is reported once,
 * with what still waited for it.
 */
export function useClosedWatch(
  live: RefObject<Map<string, LivePopup>>,
  onClosed: (id: string, lost: readonly Envelope[]) => void,
): void {
  useEffect(() => {
    const timer = setInterval(() => {
      for (const [id, entry] of live.current) {
        if (!entry.window || !isClosed(entry.window)) continue;
        entry.window = null;
        onClosed(id, entry.queue.drain());
      }
    }, CLOSED_POLL_MS);
    return () => clearInterval(timer);
  }, [live, onClosed]);
}
