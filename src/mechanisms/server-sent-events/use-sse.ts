import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useConnectionStatus } from '../../hooks/use-connection-status';
import { useSnapshot } from '../../hooks/use-snapshot';
import { TICK_EVENT } from '../../hooks/use-tick-filter';
import { useTransport } from '../../hooks/use-transports';
import { instances, serverBase } from '../../lib/instances';
import type { PeerRef } from '../../shared/envelope';
import { SSE_EVENT_TYPES, type SseEventType } from '../../shared/server-protocol';
import type { TransportEvent, TransportOptions } from '../../lib/transport-types';
import { meta } from './meta';
import { sseConnection } from './sse-status';
import { createSseTransport, type SseState } from './transport';

const EMPTY: SseState = {
  url: '',
  lastEventId: '',
  retryMs: null,
  epoch: null,
  events: 0,
  gaps: 0,
  missing: 0,
  duplicates: 0,
  opens: 0,
  resumes: 0,
  replayed: 0,
  lastReset: null,
  counts: { message: 0, time: 0, notification: 0, alert: 0 },
  resumedFrom: null,
};

/**
 * The page's view of its EventSource: its connection (from the status events), what the stream
 * said (the transport's state), and which event types go into the shared log.
 */
export function useSse(self: PeerRef) {
  const [shown, setShown] = useState<Record<SseEventType, boolean>>(
    () =>
      // Every type but the clock's ticks: the log is for what people send (hooks/use-tick-filter).
      Object.fromEntries(SSE_EVENT_TYPES.map((type) => [type, type !== TICK_EVENT])) as Record<
        SseEventType,
        boolean
      >,
  );
  const latest = useRef(shown);
  useEffect(() => {
    latest.current = shown;
  });
  // In a cluster: the instance this tab picked, and the next one when it goes (lib/instances.ts).
  const create = useCallback(
    (options: TransportOptions) =>
      createSseTransport({
        ...options,
        base: serverBase,
        onLost: () => instances.failover() !== null,
      }),
    [],
  );
  const shouldLog = useCallback((event: TransportEvent) => {
    if (event.type !== 'received') return true;
    const type = (event.detail as { event?: SseEventType } | undefined)?.event;
    return type === undefined || latest.current[type];
  }, []);
  const transport = useTransport({
    mechanism: meta.id,
    self,
    address: meta.defaultAddress,
    create,
    shouldLog,
  });

  const state = useSnapshot(transport, (t) => t.state(), EMPTY);
  const status = useConnectionStatus(transport);
  const connection = useMemo(() => sseConnection(status), [status]);
  const toggle = (type: SseEventType) => setShown((all) => ({ ...all, [type]: !all[type] }));
  return { transport, state, connection, shown, toggle };
}
