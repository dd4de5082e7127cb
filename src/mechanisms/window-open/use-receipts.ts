import { useEffect, useMemo, useRef } from 'react';

/** How long a popup has to confirm a message posted without the handshake. */
export const RECEIPT_TIMEOUT_MS = 2000;

export type Receipts = {
  /** Waits for the receipt of message `id`; `onMissing` runs if none came in time. */
  expect(id: string, onMissing: () => void): void;
  /** The receipt came: nothing is missing. */
  settle(id: string): void;
};

/**
 * postMessage says nothing about delivery: a popup whose page is not listening yet drops the
 * message without an error (https://html.spec.whatwg.org/multipage/web-messaging.html#posting-messages).
 * So a message posted without the handshake waits for the popup's receipt, and its absence is told.
 */
export function useReceipts(): Receipts {
  const pending = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  useEffect(() => {
    const timers = pending.current;
    return () => timers.forEach(clearTimeout);
  }, []);
  return useMemo(
    () => ({
      expect(id, onMissing) {
        const timer = setTimeout(() => {
          pending.current.delete(id);
          onMissing();
        }, RECEIPT_TIMEOUT_MS);
        pending.current.set(id, timer);
      },
      settle(id) {
        clearTimeout(pending.current.get(id));
        pending.current.delete(id);
      },
    }),
    [],
  );
}
