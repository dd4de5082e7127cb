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

  // Issue 12: each frame reloads when the page's theme changes; its new hello (message 1, a new
  // id) was tagged DUPLICATE beside a first hello that had been its only message.
  it('a sender whose only message was its first, then a new first: a restart', () => {
    const { transport, emit } = fakeTransport();
    pipeTransport(transport, { mechanism: 'frames', key: 'inbox', self: () => peerB });
    emit(received(1, 'hello'));
    emit({
      type: 'received',
      at: 3,
      envelope: envelope({ id: 'reloaded', seq: 1, kind: 'hello' }),
      data: null,
      size: 5,
    });
    expect(tags()).toEqual([undefined, 'restart']);
  });
});

describe('transport pipeline: receipts', () => {
  const arrive = (overrides: Parameters<typeof envelope>[0]): TransportEvent => ({
    type: 'received',
    at: 2,
    envelope: envelope(overrides),
    data: null,
    size: 5,
  });

  it('keeps the ids of this tab’s messages that were confirmed, and none of another tab’s', () => {
    const { transport, emit } = fakeTransport();
    pipeTransport(transport, { mechanism: 'channel', key: 'receipts', self: () => peerB });
    const ids = useAppStore.getState().receipts.ids;
    const before = ids.size;
    // A flood from peerA: its messages are its own, not receipts for anything peerB sent.
    for (let seq = 1; seq <= 50; seq++)
      emit(arrive({ id: `flood-${seq}`, seq, body: `load ${seq}` }));
    expect(ids.size).toBe(before);
    // peerA acknowledges peerB's message; peerB's own publish comes back through a relay.
    emit(arrive({ id: 'ack-1', seq: 51, kind: 'ack', body: { of: 'mine-1' } }));
    emit(arrive({ id: 'mine-2', seq: 1, sender: peerB, body: 'published' }));
    expect([...ids].slice(before)).toEqual(['mine-1', 'mine-2']);
  });
});
