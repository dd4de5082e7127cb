import { useRef } from 'react';
import { useTransportFactory } from '../../hooks/use-transport-factory';
import { useTransportState } from '../../hooks/use-transport-state';
import { useTransport } from '../../hooks/use-transports';
import { createEnvelopeFactory } from '../../lib/envelope-factory';
import type { SendResult } from '../../lib/transport-types';
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

/** The page's mailbox: the transport, its state, and what other tabs said about the buffer. */
export function useMailbox(self: PeerRef) {
  const envelope = useRef(createEnvelopeFactory(meta.id));
  const transport = useTransport({
    mechanism: meta.id,
    self,
    address: meta.defaultAddress,
    create: useTransportFactory(createSharedMemoryTransport),
  });
  // A twin handed in by a test sends and receives, but has no shared buffer to look into.
  const mailbox =
    transport && 'setNotify' in transport ? (transport as SharedMemoryTransport) : undefined;
  const state = useTransportState(mailbox, (t) => t.state(), EMPTY);
  const tabs = mailbox?.tabs ?? undefined;
  const reports = useTransportState(tabs, (t) => t.reports(), NO_REPORTS);

  const send = (body: unknown): SendResult =>
    transport
      ? transport.send(envelope.current(self, 'chat', body))
      : { ok: false, error: { name: 'InvalidStateError', message: 'the mailbox is not ready' } };

  return { transport, mailbox, state, reports, send };
}
