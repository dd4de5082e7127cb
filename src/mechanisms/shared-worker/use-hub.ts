import { useEffect, useRef } from 'react';
import { logFromPage } from '../../hooks/page-log';
import { usePageTransport } from '../../hooks/use-page-transport';
import type { Transport } from '../../lib/transport-types';
import type { PeerRef } from '../../shared/envelope';
import { meta } from './meta';
import { SILENCE_MS } from './protocol';
import {
  createSharedWorkerTransport,
  type HubState,
  type SharedWorkerTransport,
} from './transport';

// A twin handed in by a test relays, but has no hub state and no goodbye to switch.
const isHub = (transport: Transport): transport is SharedWorkerTransport =>
  'setGoodbye' in transport;

/** This tab's port on the hub, the hub's shared state, and departures written to the log. */
export function useHub(self: PeerRef, goodbye: boolean) {
  const {
    transport,
    own: hub,
    state,
    send,
  } = usePageTransport({
    mechanism: meta.id,
    self,
    address: meta.defaultAddress,
    create: createSharedWorkerTransport,
    is: isHub,
    read: (port): HubState => port.state(),
    empty: null,
    notReady: 'not connected to the hub',
  });

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

  return { transport, state, send };
}
