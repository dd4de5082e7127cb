import { useCallback, useEffect, useRef, useState } from 'react';
import { logFromPage } from '../../hooks/page-log';
import { useSnapshot } from '../../hooks/use-snapshot';
import { useTransport } from '../../hooks/use-transports';
import { useT } from '../../i18n/use-t';
import { createEnvelopeFactory } from '../../lib/envelope-factory';
import type { PeerRef } from '../../shared/envelope';
import type { ClientInfo, RelayMode, RelayReply } from '../../shared/relay';
import type { TransportEvent, TransportOptions } from '../../lib/transport-types';
import { meta } from './meta';
import { NO_LIFECYCLE } from './lifecycle';
import { relayedFrom } from './replies';
import { createServiceWorkerTransport, type ServiceWorkerTransport } from './transport';

export type WorkerStats = {
  version: string;
  relayed: number;
  startedAt: number;
  clients: ClientInfo[];
  you: string;
};

/** A newcomer's presence says `{ hello: true }`; the answers say `{ hello: false }`. */
const saysHello = (body: unknown) =>
  typeof body === 'object' && body !== null && 'hello' in body && body.hello === true;
/**
 * What this tab sends through the worker, numbered 1, 2, 3 … (module-level: leaving the page and
 * coming back keeps counting; only a reload starts again at 1, which receivers read as a restart).
 */
export const swEnvelope = createEnvelopeFactory(meta.id);
/**
 * Presence has its own series and stays out of the receivers' gap and duplicate tracking: a
 * hello answered to one tab alone would otherwise look like a gap to every other tab, and two
 * series from one sender would look like duplicates and restarts.
 */
const presenceEnvelope = createEnvelopeFactory(meta.id);

const isPresence = (event: TransportEvent) =>
  (event.type === 'sent' || event.type === 'received') && event.envelope?.kind === 'presence';

/** The page's view of its worker: lifecycle, the tabs it controls, and who is who. */
export function useServiceWorker(self: PeerRef) {
  const t = useT();
  const [mode, setMode] = useState<RelayMode>('others');
  const [target, setTarget] = useState('');
  const [stats, setStats] = useState<WorkerStats | null>(null);
  // Quiet: no polling, so nothing from this tab keeps the worker awake (it then idles out).
  const [quiet, setQuiet] = useState(false);
  // Client ids the worker reported, matched to the identities in the envelopes they relayed.
  const [names, setNames] = useState<Record<string, PeerRef>>({});
  const latest = useRef({ mode, target, self });
  useEffect(() => {
    latest.current = { mode, target, self };
  });

  const create = useCallback(
    (options: TransportOptions) =>
      createServiceWorkerTransport({
        ...options,
        relay: () => ({ mode: latest.current.mode, target: latest.current.target || undefined }),
      }),
    [],
  );
  const onEvent = useCallback(
    (_a: string, event: TransportEvent, inbox: ServiceWorkerTransport) => {
      if (event.type !== 'received' || !event.envelope) return;
      const from = relayedFrom(event);
      const { sender, kind, body } = event.envelope;
      if (from) setNames((n) => (n[from]?.name === sender.name ? n : { ...n, [from]: sender }));
      // A newcomer said hello: answer it alone, so it learns this tab's name too.
      if (kind === 'presence' && saysHello(body) && from) {
        inbox.sendVia(presenceEnvelope(latest.current.self, 'presence', { hello: false }), {
          mode: 'one',
          target: from,
        });
      }
    },
    [],
  );
  // Presence is bookkeeping for the clients list, not a message a class needs to read.
  const transport = useTransport({
    mechanism: meta.id,
    self,
    address: meta.defaultAddress,
    create,
    onEvent,
    shouldLog: (e) => !isPresence(e),
    sequenced: (envelope) => envelope.kind !== 'presence',
  });

  const lifecycle = useSnapshot(transport, (t) => t.lifecycle(), NO_LIFECYCLE);

  // Each worker's new state, as a line of its own ("v1: activated"), not after this page's status
  // word: the page may wait for control while the worker is already active (transport.ts).
  useEffect(
    () =>
      transport?.onStateChange(({ version, state }) =>
        logFromPage(meta.id, latest.current.self, {
          direction: 'status',
          to: transport.label,
          summary: `v${version}: ${state}`,
        }),
      ),
    [transport],
  );

  // Once controlled (by a new version too), say hello to the other tabs through the worker.
  useEffect(() => {
    if (lifecycle.controller)
      transport?.sendVia(presenceEnvelope(latest.current.self, 'presence', { hello: true }), {
        mode: 'others',
      });
  }, [lifecycle.controller, transport]);

  // Ask the worker who is there: now, on every change, and every two seconds unless quiet. Each ask
  // is an event that keeps the worker alive: https://w3c.github.io/ServiceWorker/#service-worker-lifetime
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
    const timer = quiet ? undefined : setInterval(ask, 2000);
    if (!quiet) ask();
    return () => {
      offReply();
      offChange();
      clearInterval(timer);
    };
  }, [transport, quiet]);

  return {
    transport,
    lifecycle,
    stats,
    names,
    mode,
    setMode,
    target,
    setTarget,
    quiet,
    setQuiet,
    t,
  };
}
