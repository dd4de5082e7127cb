import { describe, expect, it } from 'vitest';
import { answeredIds } from '../../../src/lib/receipts';
import { envelope } from '../helpers';

describe('answeredIds', () => {
  it('names what an envelope confirms: an ack of, an echo ref, a server ack id, or itself', () => {
    expect(
      answeredIds(envelope({ id: 'a', kind: 'ack', body: { of: 'm1', receivedAt: 1 } })),
    ).toEqual(['a', 'm1']);
    expect(
      answeredIds(envelope({ id: 'b', kind: 'ack', body: { id: 'm2', delivered: 3 } })),
    ).toEqual(['b', 'm2']);
    expect(answeredIds(envelope({ id: 'c', kind: 'race-echo', body: { ref: 'm3' } }))).toEqual([
      'c',
      'm3',
    ]);
    // A chat that happens to carry an "id" field confirms nothing but itself.
    expect(answeredIds(envelope({ id: 'd', kind: 'chat', body: { id: 'm4' } }))).toEqual(['d']);
  });
});
