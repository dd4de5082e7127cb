import { useCallback, useEffect, useRef, useState } from 'react';
import type { TransportEvent } from '../lib/transport-types';
import type { SseEventType } from '../shared/server-protocol';

/**
 * The server feed's clock: the server sends a `time` event every 2 s (mock-server's SSE feed).
 * Pages that read the feed keep counting and showing it, but the shared log leaves it out unless
 * asked: the log is for what the learner did and what arrived from others (issue #12).
 */
export const TICK_EVENT: SseEventType = 'time';

/** A received feed event that is the clock's tick (the transport puts its event name in detail). */
export function isTick(event: TransportEvent): boolean {
  if (event.type !== 'received') return false;
  return (event.detail as { event?: unknown } | undefined)?.event === TICK_EVENT;
}

/**
 * Whether this page's ticks go into the log (off at first), and the `shouldLog` a transport's
 * pipe asks for each event. The filter reads the switch as it is now: no new transport on a flip.
 */
export function useTickFilter() {
  const [ticks, setTicks] = useState(false);
  const latest = useRef(ticks);
  useEffect(() => {
    latest.current = ticks;
  });
  const shouldLog = useCallback((event: TransportEvent) => latest.current || !isTick(event), []);
  return { ticks, setTicks, shouldLog };
}
