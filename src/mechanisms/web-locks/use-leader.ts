import { useCallback, useEffect, useRef } from 'react';
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
    create: createLeaderTransport,
  }) as LeaderTransport | undefined;
  const state = useTransportState(transport, (t) => t.state(), EMPTY);
  useEffect(() => transport?.setResume(resume), [transport, resume]);

  const send = useCallback(
    (body: unknown): SendResult =>
      transport
        ? transport.send(envelope.current(self, 'chat', body))
        : { ok: false, error: { name: 'InvalidStateError', message: 'not ready yet' } },
    [transport, self],
  );
  return { transport, state, send };
}
