import { useCallback, useEffect, useRef } from 'react';
import { useTransportFactory } from '../../hooks/use-transport-factory';
import { useTransportState } from '../../hooks/use-transport-state';
import { useTransport } from '../../hooks/use-transports';
import { createEnvelopeFactory } from '../../lib/envelope-factory';
import type { SendResult } from '../../lib/transport-types';
import type { PeerRef } from '../../shared/envelope';
import { meta } from './meta';
import { createFeedWaysTransport, type FeedWaysTransport, type WaysState } from './transport';
import { WayTracker } from './way-tracker';

const idle = new WayTracker().view;
const EMPTY: WaysState = {
  ways: { poll: idle, sse: idle, ws: idle },
  wire: null,
  resume: true,
  drop: null,
};

/**
 * The three ways of this tab. `serverBase` is the server they read (this page's own by default): a
 * picker of server instances passes another base URL here, and the transport is made anew for it.
 */
export function useFeedWays(
  self: PeerRef,
  resume: boolean,
  serverBase: string = meta.defaultAddress,
) {
  const envelope = useRef(createEnvelopeFactory(meta.id));
  const transport = useTransport({
    mechanism: meta.id,
    self,
    address: serverBase,
    create: useTransportFactory(createFeedWaysTransport),
  });
  // A twin handed in by a test carries messages but has no ways to show.
  const ways = transport && 'dropAll' in transport ? (transport as FeedWaysTransport) : undefined;
  const state = useTransportState(ways, (t) => t.state(), EMPTY);
  useEffect(() => ways?.setResume(resume), [ways, resume]);

  const send = useCallback(
    (body: unknown): SendResult =>
      transport
        ? transport.send(envelope.current(self, 'chat', body))
        : { ok: false, error: { name: 'InvalidStateError', message: 'not ready yet' } },
    [transport, self],
  );
  return { transport, ways, state, send };
}
