import { logFromPage } from '../../hooks/page-log';
import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type { Tone } from '../../components/notice';
import { useT } from '../../i18n/use-t';
import { preview } from '../../lib/describe-value';
import type { Envelope, PeerRef } from '../../shared/envelope';
import { meta } from './meta';
import type { AckBody } from './roles';

export const ACK_TIMEOUT_MS = 1500;

type Pending = {
  timer: ReturnType<typeof setTimeout>;
  frame: string;
  targetOrigin: string;
  text: string;
  onAck?: (ack: AckBody) => void;
};
export type Outcome = { tone: Tone; text: string };

/**
 * The latest delivery outcome, outside React state: only the notice that shows it re-renders when it
 * changes, not the whole page with its frames (a render the receipt would otherwise wait behind).
 */
function createOutcomeStore() {
  let value: Outcome | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next: Outcome | null) {
      value = next;
      listeners.forEach((listener) => listener());
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
export type OutcomeStore = ReturnType<typeof createOutcomeStore>;

export const useOutcome = (store: OutcomeStore) => useSyncExternalStore(store.subscribe, store.get);

/**
 * A wrong targetOrigin fails silently, so the page cannot see a delivery fail: it can only see a
 * receipt not come. Each frame confirms what it receives; no receipt in time is logged as such.
 */
export function useDelivery(self: PeerRef) {
  const t = useT();
  const pending = useRef(new Map<string, Pending>());
  const outcome = useMemo(() => createOutcomeStore(), []);
  const setOutcome = outcome.set;

  useEffect(() => {
    const map = pending.current;
    return () => map.forEach((p) => clearTimeout(p.timer));
  }, []);

  const track = useCallback(
    (
      envelope: Envelope,
      frame: string,
      targetOrigin: string,
      onAck?: (ack: AckBody) => void,
      /** The origin the frame's current document said hello from, when it did. */
      frameOrigin?: string,
    ) => {
      const text = preview(envelope.body, 60);
      const timer = setTimeout(() => {
        pending.current.delete(envelope.id);
        // Only a targetOrigin that differs from the origin the frame said hello from is a wrong
        // origin; a frame that matched and still did not answer is reported as just that.
        const reason =
          targetOrigin === '*'
            ? 'not-delivered-star'
            : frameOrigin !== undefined && frameOrigin === targetOrigin
              ? 'no-receipt'
              : 'not-delivered';
        logFromPage(meta.id, self, {
          direction: 'error',
          to: frame,
          summary: t('ifr.notDelivered', { frame, text }),
          reason,
          detail: { targetOrigin, frameOrigin, waitedMs: ACK_TIMEOUT_MS },
        });
        const outcome = {
          'not-delivered-star': 'ifr.outcome.lostStar',
          'no-receipt': 'ifr.outcome.noReceipt',
          'not-delivered': 'ifr.outcome.lost',
        } as const;
        setOutcome({
          tone: 'error',
          text: t(outcome[reason], { frame, targetOrigin, seconds: ACK_TIMEOUT_MS / 1000 }),
        });
      }, ACK_TIMEOUT_MS);
      pending.current.set(envelope.id, { timer, frame, targetOrigin, text, onAck });
      setOutcome({ tone: 'info', text: t('ifr.outcome.waiting', { frame, targetOrigin }) });
    },
    [self, t, setOutcome],
  );

  /** A receipt arrived; `trusted` is false when it came from an origin the page does not trust. */
  const acknowledge = useCallback(
    (ack: AckBody, origin: string | undefined, trusted: boolean) => {
      const entry = pending.current.get(ack.of);
      if (!entry) return;
      clearTimeout(entry.timer);
      pending.current.delete(ack.of);
      entry.onAck?.(ack);
      setOutcome(
        trusted
          ? {
              tone: 'success',
              text: t('ifr.outcome.delivered', { frame: entry.frame, origin: origin ?? '?' }),
            }
          : {
              tone: 'warning',
              text: t('ifr.outcome.elsewhere', { frame: entry.frame, origin: origin ?? '?' }),
            },
      );
    },
    [t, setOutcome],
  );

  return { track, acknowledge, outcome, setOutcome };
}
