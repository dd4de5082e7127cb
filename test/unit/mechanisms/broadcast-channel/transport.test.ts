import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBroadcastChannelTransport } from '../../../../src/mechanisms/broadcast-channel/transport';
import type { TransportEvent } from '../../../../src/lib/transport-types';
import { FakeBroadcastChannel } from '../../fakes/fake-broadcast-channel';
import { envelope, peerA, peerB } from '../../helpers';

function open(self = peerA, address = 'lab') {
  const transport = createBroadcastChannelTransport({ self, address });
  const events: TransportEvent[] = [];
  transport.subscribe((event) => events.push(event));
  transport.connect();
  return { transport, events };
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('BroadcastChannel transport', () => {
  beforeEach(() => vi.stubGlobal('BroadcastChannel', FakeBroadcastChannel));
  afterEach(() => {
    FakeBroadcastChannel.open.clear();
    vi.unstubAllGlobals();
  });

  it('reads the global only when it connects', () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const transport = createBroadcastChannelTransport({ self: peerA, address: 'lab' });
    vi.stubGlobal('BroadcastChannel', FakeBroadcastChannel);
    transport.connect();
    expect(FakeBroadcastChannel.open.size).toBe(1);
  });

  it('delivers to the other tab and not back to the sender', async () => {
    const a = open(peerA);
    const b = open(peerB);
    expect(a.transport.send(envelope({ body: new Map([['k', 1]]) }))).toEqual({ ok: true });
    await settle();
    const received = b.events.filter((e) => e.type === 'received');
    expect(received).toHaveLength(1);
    expect(received[0]?.type === 'received' && received[0].envelope?.body).toEqual(
      new Map([['k', 1]]),
    );
    expect(a.events.some((e) => e.type === 'received')).toBe(false);
    expect(a.events.map((e) => e.type)).toEqual(['status', 'status', 'sent']);
  });

  it('reports a DataCloneError and sends nothing', async () => {
    const a = open(peerA);
    const b = open(peerB);
    const result = a.transport.send(envelope({ body: () => 1 }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.name).toBe('DataCloneError');
    expect(a.events.at(-1)).toMatchObject({ type: 'error', error: { name: 'DataCloneError' } });
    await settle();
    expect(b.events.some((e) => e.type === 'received')).toBe(false);
  });

  it('logs foreign, non-envelope data as raw instead of dropping it', async () => {
    const b = open(peerB);
    new FakeBroadcastChannel('lab').postMessage('<img src=x onerror=alert(1)>');
    await settle();
    expect(b.events.at(-1)).toMatchObject({
      type: 'received',
      raw: 'not an object (string)',
      data: '<img src=x onerror=alert(1)>',
    });
  });

  it('rejects its own echo from a second object in the same tab', async () => {
    const b = open(peerB);
    new FakeBroadcastChannel('lab').postMessage(envelope({ sender: peerB }));
    await settle();
    expect(b.events.at(-1)).toMatchObject({ type: 'rejected', reason: 'own-echo' });
  });

  it('stops receiving after close, and posting then throws InvalidStateError', async () => {
    const a = open(peerA);
    const b = open(peerB);
    b.transport.close();
    b.transport.close(); // idempotent
    expect(b.events.filter((e) => e.type === 'status' && e.status === 'closed')).toHaveLength(1);
    a.transport.send(envelope());
    await settle();
    expect(b.events.some((e) => e.type === 'received')).toBe(false);
    const result = b.transport.send(envelope());
    expect(!result.ok && result.error.name).toBe('InvalidStateError');
  });

  it('reports messageerror', () => {
    const b = open(peerB);
    const channel = [...FakeBroadcastChannel.open][0];
    channel?.dispatchEvent(new MessageEvent('messageerror'));
    expect(b.events.at(-1)).toMatchObject({ type: 'error', error: { name: 'messageerror' } });
  });
});
