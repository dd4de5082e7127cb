import { beforeEach, describe, expect, it } from 'vitest';
import { pipeTransport } from '../../../src/hooks/transport-pipeline';
import type { TransportEvent } from '../../../src/lib/transport-types';
import { useAppStore } from '../../../src/store';
import { envelope, fakeTransport, peerA, peerB } from '../helpers';

const received = (seq: number, kind = 'chat', origin?: string): TransportEvent => ({
  type: 'received',
  at: 2,
  envelope: envelope({ id: `m-${kind}-${seq}-${origin}`, seq, kind }),
  data: null,
  size: 5,
  origin,
});

const tags = () => {
  useAppStore.getState().flushLog();
  return useAppStore
    .getState()
    .log.buffer.toArray()
    .map((e) => e.sequence);
};

describe('transport pipeline: sequence tags', () => {
  beforeEach(() => useAppStore.getState().clearLog());

  it('a copy of a sender’s identity from another origin is its own series, not a DUPLICATE', () => {
    const { transport, emit } = fakeTransport();
    pipeTransport(transport, { mechanism: 'frames', key: 'inbox', self: () => peerB });
    emit(received(1, 'hello', 'http://127.0.0.1:5371'));
    // The hostile frame copies the cross-origin frame's sender and starts at 1 too.
    emit(received(1, 'chat', 'http://localhost:5370'));
    emit(received(2, 'chat', 'http://127.0.0.1:5371'));
    expect(tags()).toEqual([undefined, undefined, undefined]);
    expect(peerA.id).toBe(envelope().sender.id);
  });

  it('envelopes in a series of their own (presence) neither get tags nor make gaps', () => {
    const { transport, emit } = fakeTransport();
    pipeTransport(transport, {
      mechanism: 'relay',
      key: 'relay',
      self: () => peerB,
      sequenced: (e) => e.kind !== 'presence',
    });
    emit(received(1, 'presence'));
    emit(received(1, 'chat'));
    emit(received(2, 'presence'));
    emit(received(2, 'chat'));
    expect(tags()).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('a real duplicate and a real gap are still tagged', () => {
    const { transport, emit } = fakeTransport();
    pipeTransport(transport, { mechanism: 'channel', key: 'lab', self: () => peerB });
    emit(received(1));
    emit(received(1));
    emit(received(4));
    expect(tags()).toEqual([undefined, 'duplicate', 'gap:2']);
  });
});
