import { useCallback, useEffect, useRef } from 'react';
import { useTransportFactory } from '../../hooks/use-transport-factory';
import { useTransportState } from '../../hooks/use-transport-state';
import { useTransport } from '../../hooks/use-transports';
import { createEnvelopeFactory } from '../../lib/envelope-factory';
import type { SendResult } from '../../lib/transport-types';
import type { PeerRef } from '../../shared/envelope';
import { meta } from './meta';
import { createLeaderTransport, type LeaderState, type LeaderTransport } from './transport';

const EMPTY: LeaderState = {
  role: 'queued',
  feed: 'closed',
  terms: 0,
  lastEventId: null,
  seen: 0,
  missed: 0,
  duplicates: 0,
  takeover: null,
  queue: { holder: null, pending: [] },
};

/** This tab's place in the election, the feed it leads or follows, and the lock queue. */
export function useLeader(self: PeerRef, resume: boolean) {
  const envelope = useRef(createEnvelopeFactory(meta.id));
  const transport = useTransport({
    mechanism: meta.id,
    self,
    address: meta.defaultAddress,
    create: useTransportFactory(createLeaderTransport),
  });
  // A twin handed in by a test carries messages, but holds no lock and opens no feed.
  const leader = transport && 'stepDown' in transport ? (transport as LeaderTransport) : undefined;
  const state = useTransportState(leader, (t) => t.state(), EMPTY);
  useEffect(() => leader?.setResume(resume), [leader, resume]);

  const send = useCallback(
    (body: unknown): SendResult =>
      transport
        ? transport.send(envelope.current(self, 'chat', body))
        : { ok: false, error: { name: 'InvalidStateError', message: 'not ready yet' } },
    [transport, self],
  );
  return { transport, leader, state, send };
}
