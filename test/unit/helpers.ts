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
