import { useCallback, useEffect, useRef } from 'react';
import { logFromPage } from '../../hooks/page-log';
import { useTransportFactory } from '../../hooks/use-transport-factory';
import { useTransportState } from '../../hooks/use-transport-state';
import { useTransport } from '../../hooks/use-transports';
import { createEnvelopeFactory } from '../../lib/envelope-factory';
import type { SendResult } from '../../lib/transport-types';
import type { PeerRef } from '../../shared/envelope';
import { meta } from './meta';
import { SILENCE_MS } from './protocol';
import {
  createSharedWorkerTransport,
  type HubState,
  type SharedWorkerTransport,
} from './transport';

/** This tab's port on the hub, the hub's shared state, and departures written to the log. */
export function useHub(self: PeerRef, goodbye: boolean) {
  const envelope = useRef(createEnvelopeFactory(meta.id));
  const transport = useTransport({
    mechanism: meta.id,
    self,
    address: meta.defaultAddress,
    create: useTransportFactory(createSharedWorkerTransport),
  });
  // A twin handed in by a test relays, but has no hub state and no goodbye to switch.
  const hub =
    transport && 'setGoodbye' in transport ? (transport as SharedWorkerTransport) : undefined;
  const state = useTransportState<SharedWorkerTransport, HubState>(hub, (t) => t.state(), null);

  useEffect(() => hub?.setGoodbye(goodbye), [hub, goodbye]);

  // The hub tells every tab who left and how it found out; each tab logs it once.
  const lastDeparture = useRef<string | null>(null);
  const departed = state?.departed;
  useEffect(() => {
    if (!departed) return;
    const key = `${departed.peer.id}:${departed.why}`;
    if (lastDeparture.current === key) return;
    lastDeparture.current = key;
    logFromPage(meta.id, self, {
      direction: 'status',
      to: meta.defaultAddress,
      summary:
        departed.why === 'goodbye'
          ? `${departed.peer.name} left (said goodbye)`
          : `${departed.peer.name} went silent (no heartbeat for ${SILENCE_MS / 1000} s)`,
      detail: { departed: departed.peer.name, why: departed.why },
    });
  }, [departed, self]);

  const send = useCallback(
    (body: unknown): SendResult =>
      transport
        ? transport.send(envelope.current(self, 'chat', body))
        : { ok: false, error: { name: 'InvalidStateError', message: 'not connected to the hub' } },
    [transport, self],
  );

  return { transport, state, send };
}
