import { useEffect } from 'react';
import { usePageTransport } from '../../hooks/use-page-transport';
import { useTickFilter } from '../../hooks/use-tick-filter';
import type { Transport } from '../../lib/transport-types';
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

// A twin handed in by a test carries messages, but holds no lock and opens no feed.
const isLeader = (transport: Transport): transport is LeaderTransport => 'stepDown' in transport;

/** This tab's place in the election, the feed it leads or follows, and the lock queue. */
export function useLeader(self: PeerRef, resume: boolean) {
  const { ticks, setTicks, shouldLog } = useTickFilter();
  const { transport, own, state, send } = usePageTransport({
    mechanism: meta.id,
    self,
    address: meta.defaultAddress,
    create: createLeaderTransport,
    is: isLeader,
    read: (leader) => leader.state(),
    empty: EMPTY,
    notReady: 'not ready yet',
    shouldLog,
  });
  useEffect(() => own?.setResume(resume), [own, resume]);
  return { transport, leader: own, state, send, ticks, setTicks };
}
