import { useEffect } from 'react';
import { usePageTransport } from '../../hooks/use-page-transport';
import { useTickFilter } from '../../hooks/use-tick-filter';
import type { Transport } from '../../lib/transport-types';
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

// A twin handed in by a test carries messages but has no ways to show.
const hasWays = (transport: Transport): transport is FeedWaysTransport => 'dropAll' in transport;

/**
 * The three ways of this tab. `serverBase` is the server they read (this page's own by default): a
 * picker of server instances passes another base URL here, and the transport is made anew for it.
 */
export function useFeedWays(
  self: PeerRef,
  resume: boolean,
  serverBase: string = meta.defaultAddress,
) {
  const { ticks, setTicks, shouldLog } = useTickFilter();
  const { transport, own, state, send } = usePageTransport({
    mechanism: meta.id,
    self,
    address: serverBase,
    create: createFeedWaysTransport,
    is: hasWays,
    read: (ways) => ways.state(),
    empty: EMPTY,
    notReady: 'not ready yet',
    shouldLog,
  });
  useEffect(() => own?.setResume(resume), [own, resume]);
  return { transport, ways: own, state, send, ticks, setTicks };
}
