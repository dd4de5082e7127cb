import { describe, expect, it } from 'vitest';
import { answeredIds } from '../../../src/lib/receipts';
import { envelope, peerA, peerB } from '../helpers';

describe('answeredIds', () => {
  it('names what an envelope confirms: an ack of, an echo ref, a server ack id', () => {
    // peerB receives from peerA: the envelope's own id is peerA's, not a receipt for peerB.
    expect(
      answeredIds(envelope({ id: 'a', kind: 'ack', body: { of: 'm1', receivedAt: 1 } }), peerB.id),
    ).toEqual(['m1']);
    expect(
      answeredIds(envelope({ id: 'b', kind: 'ack', body: { id: 'm2', delivered: 3 } }), peerB.id),
    ).toEqual(['m2']);
    expect(
      answeredIds(envelope({ id: 'c', kind: 'race-echo', body: { ref: 'm3' } }), peerB.id),
    ).toEqual(['m3']);
  });

  it('counts an envelope itself only when it came back to the tab that sent it', () => {
    // An SSE publish or a worker's relay hands the sender its own envelope back.
    expect(answeredIds(envelope({ id: 'd', kind: 'chat', body: 'hi' }), peerA.id)).toEqual(['d']);
    // A chat that happens to carry an "id" field confirms nothing but itself.
    expect(answeredIds(envelope({ id: 'e', kind: 'chat', body: { id: 'm4' } }), peerA.id)).toEqual([
      'e',
    ]);
    expect(answeredIds(envelope({ id: 'f', kind: 'ack', body: { of: 'm5' } }), peerA.id)).toEqual([
      'f',
      'm5',
    ]);
  });

  it('another tab’s own message confirms nothing, and allocates no list for it', () => {
    const first = answeredIds(envelope({ id: 'g', body: 'load 1' }), peerB.id);
    const second = answeredIds(envelope({ id: 'h', body: { text: 'x' } }), peerB.id);
    expect(first).toEqual([]);
    expect(second).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });
});
