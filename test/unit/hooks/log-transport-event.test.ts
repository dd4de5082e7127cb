import { describe, expect, it } from 'vitest';
import { toLogEntry } from '../../../src/hooks/log-transport-event';
import type { TransportEvent } from '../../../src/lib/transport-types';
import { envelope, peerA, peerB } from '../helpers';

const arrive = (extra: Partial<Extract<TransportEvent, { type: 'received' }>> = {}) =>
  toLogEntry('frames', 'inbox', peerB, {
    type: 'received',
    at: 5,
    envelope: envelope({ body: 'hi' }),
    data: null,
    size: 2,
    ...extra,
  });

describe('toLogEntry: a received envelope', () => {
  it('on a channel: no origin, detail, sequence or unverified slot at all', () => {
    expect(Object.keys(arrive())).toEqual([
      'id',
      'at',
      'mechanism',
      'direction',
      'from',
      'to',
      'summary',
      'payload',
      'envelope',
      'size',
    ]);
  });

  it('from a window or with a gap: keeps what makes it different', () => {
    expect(arrive({ origin: 'http://localhost:5173', unverified: false })).toMatchObject({
      from: peerA,
      to: peerB.name,
      summary: 'hi',
      origin: 'http://localhost:5173',
      unverified: false,
    });
    const gap = toLogEntry(
      'frames',
      'inbox',
      peerB,
      { type: 'received', at: 5, envelope: envelope(), data: null, size: 2, detail: { via: 'x' } },
      { kind: 'gap', missing: 2 },
    );
    expect(gap).toMatchObject({ sequence: 'gap:2', detail: { via: 'x' } });
  });
});
