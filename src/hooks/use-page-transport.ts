import { useCallback, useState } from 'react';
import { createEnvelopeFactory } from '../lib/envelope-factory';
import type { SendResult, Transport, TransportEvent } from '../lib/transport-types';
import type { PeerRef } from '../shared/envelope';
import { useSnapshot, type Observable } from './use-snapshot';
import { useTransportFactory, type TransportFactory } from './use-transport-factory';
import { useTransport } from './use-transports';

export type PageTransportOptions<X extends Transport & Observable, S> = {
  mechanism: string;
  self: PeerRef;
  address: string;
  /** The mechanism's own factory; a test's twin (TransportFactoryContext) is used instead. */
  create: TransportFactory;
  /** Whether the transport keeps the mechanism's own contract (a twin carries messages only). */
  is: (transport: Transport) => transport is X;
  /** What the page shows of it beyond its status (read once per change: useSnapshot). */
  read: (transport: X) => S;
  empty: S;
  /** Why a send fails before there is a transport. */
  notReady: string;
  /** Which events go into the shared log (all when absent): see useTransport. */
  shouldLog?: (event: TransportEvent) => boolean;
};

/**
 * The shape several pages share: one transport (the mechanism's, or a twin), piped to the log
 * like every other (useTransport); the same transport with its mechanism's own contract when it
 * has it (`own`: checked, not cast); what it keeps, as a snapshot; and a send that wraps a body
 * in this tab's numbered envelope.
 */
export function usePageTransport<X extends Transport & Observable, S>(
  options: PageTransportOptions<X, S>,
) {
  const { mechanism, self, notReady } = options;
  const [envelope] = useState(() => createEnvelopeFactory(mechanism));
  const transport = useTransport({
    mechanism,
    self,
    address: options.address,
    create: useTransportFactory(options.create),
    shouldLog: options.shouldLog,
  });
  const own = transport && options.is(transport) ? transport : undefined;
  const state = useSnapshot(own, options.read, options.empty);
  const send = useCallback(
    (body: unknown): SendResult =>
      transport
        ? transport.send(envelope(self, 'chat', body))
        : { ok: false, error: { name: 'InvalidStateError', message: notReady } },
    [transport, envelope, self, notReady],
  );
  return { transport, own, state, send };
}
