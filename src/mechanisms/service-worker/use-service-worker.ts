import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTransport } from '../../hooks/use-transports';
import { useT } from '../../i18n/use-t';
import type { PeerRef } from '../../shared/envelope';
import type { ClientInfo, RelayMode, RelayReply } from '../../shared/relay';
import type { TransportEvent, TransportOptions } from '../types';
import { meta } from './meta';
import {
  createServiceWorkerTransport,
  type Lifecycle,
  type ServiceWorkerTransport,
} from './transport';

const EMPTY: Lifecycle = {
  registered: false,
  installing: null,
  waiting: null,
  active: null,
  controller: null,
  queued: 0,
};
export type WorkerStats = {
  version: string;
  relayed: number;
  startedAt: number;
  clients: ClientInfo[];
  you: string;
};

/** The page's view of its worker: lifecycle, the tabs it controls, and who is who. */
export function useServiceWorker(self: PeerRef) {
  const t = useT();
  const [mode, setMode] = useState<RelayMode>('others');
  const [target, setTarget] = useState('');
  const [stats, setStats] = useState<WorkerStats | null>(null);
  // Client ids the worker reported, matched to the names in the envelopes they relayed.
  const [names, setNames] = useState<Record<string, PeerRef>>({});
  const relay = useRef({ mode, target });
  useEffect(() => {
    relay.current = { mode, target };
  });

  const create = useCallback(
    (options: TransportOptions) =>
      createServiceWorkerTransport({
        ...options,
        relay: () => ({ mode: relay.current.mode, target: relay.current.target || undefined }),
      }),
    [],
  );
  const onEvent = useCallback((_a: string, event: TransportEvent) => {
    if (event.type !== 'received' || !event.envelope) return;
    const from = (event.detail as { fromClient?: string } | undefined)?.fromClient;
    const sender = event.envelope.sender;
    if (from) setNames((n) => (n[from]?.name === sender.name ? n : { ...n, [from]: sender }));
  }, []);
  const transport = useTransport({
    mechanism: meta.id,
    self,
    address: meta.defaultAddress,
    create,
    onEvent,
  }) as ServiceWorkerTransport | undefined;

  const lifecycle = useSyncExternalStore(
    useCallback(
      (notify: () => void) => transport?.onChange(notify) ?? (() => undefined),
      [transport],
    ),
    useCallback(() => JSON.stringify(transport?.lifecycle() ?? EMPTY), [transport]),
  );

  // Ask the worker who is there: now, on every change, and every two seconds while controlled.
  useEffect(() => {
    if (!transport) return;
    const ask = () => transport.command({ type: 'who' });
    const offReply = transport.onReply((reply: RelayReply) => {
      if (reply.type === 'clients')
        setStats({
          version: reply.version,
          relayed: reply.relayed,
          startedAt: reply.startedAt,
          clients: reply.clients,
          you: reply.you,
        });
      if (reply.type === 'relay-result' || reply.type === 'claimed') ask();
    });
    const offChange = transport.onChange(ask);
    const timer = setInterval(ask, 2000);
    ask();
    return () => {
      offReply();
      offChange();
      clearInterval(timer);
    };
  }, [transport]);

  return {
    transport,
    lifecycle: JSON.parse(lifecycle) as Lifecycle,
    stats,
    names,
    mode,
    setMode,
    target,
    setTarget,
    t,
  };
}
