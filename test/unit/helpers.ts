import type { Transport, TransportEvent } from '../../src/lib/transport-types';
import { ENVELOPE_VERSION, type Envelope, type PeerRef } from '../../src/shared/envelope';

export const peerA: PeerRef = { id: 'tab-aaaa', name: 'Red Fox', color: '#d1495b', kind: 'tab' };
export const peerB: PeerRef = { id: 'tab-bbbb', name: 'Blue Whale', color: '#2e86de', kind: 'tab' };

export function envelope(overrides: Partial<Envelope> = {}): Envelope {
  return {
    v: ENVELOPE_VERSION,
    id: 'm-1',
    mechanism: 'broadcast-channel',
    sender: peerA,
    kind: 'chat',
    body: 'hello',
    sentAt: 1_700_000_000_000,
    seq: 1,
    ...overrides,
  };
}

/** A transport that does nothing by itself: the test emits its events. */
export function fakeTransport() {
  const listeners = new Set<(e: TransportEvent) => void>();
  const transport: Transport = {
    label: 'fake',
    connect: () => undefined,
    send: () => ({ ok: true }),
    subscribe: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    close: () => undefined,
  };
  return { transport, emit: (e: TransportEvent) => listeners.forEach((l) => l(e)) };
}
