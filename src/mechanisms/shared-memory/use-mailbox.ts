import { usePageTransport } from '../../hooks/use-page-transport';
import { useSnapshot } from '../../hooks/use-snapshot';
import type { Transport } from '../../lib/transport-types';
import type { PeerRef } from '../../shared/envelope';
import { meta } from './meta';
import type { TabReport } from './tab-share';
import {
  createSharedMemoryTransport,
  type MailboxState,
  type SharedMemoryTransport,
} from './transport';

const EMPTY: MailboxState = { running: false, unread: 0, wakes: 0, waitAsync: 'native' };
const NO_REPORTS: readonly TabReport[] = [];

// A twin handed in by a test sends and receives, but has no shared buffer to look into.
const isMailbox = (transport: Transport): transport is SharedMemoryTransport =>
  'setNotify' in transport;

/** The page's mailbox: the transport, its state, and what other tabs said about the buffer. */
export function useMailbox(self: PeerRef) {
  const { transport, own, state, send } = usePageTransport({
    mechanism: meta.id,
    self,
    address: meta.defaultAddress,
    create: createSharedMemoryTransport,
    is: isMailbox,
    read: (mailbox) => mailbox.state(),
    empty: EMPTY,
    notReady: 'the mailbox is not ready',
  });
  const reports = useSnapshot(own?.tabs ?? undefined, (tabs) => tabs.reports(), NO_REPORTS);
  return { transport, mailbox: own, state, reports, send };
}
