import { describe, expect, it } from 'vitest';
import type { TransportEvent } from '../../../src/lib/transport-types';
import { createWindowInboxTransport } from '../../../src/lib/window-messaging/transport';
import { envelope, peerA } from '../helpers';

const TRUSTED = 'http://localhost:4174';

function inbox(verify: boolean) {
  const transport = createWindowInboxTransport({
    self: peerA,
    address: 'frames',
    targets: () => new Map(),
    trusted: () => [TRUSTED],
    verify: () => verify,
  });
  const seen: TransportEvent[] = [];
  transport.subscribe((event) => seen.push(event));
  transport.connect();
  return { transport, seen };
}

const post = (data: unknown, origin: string, ports: MessagePort[] = []) =>
  window.dispatchEvent(new MessageEvent('message', { data, origin, ports }));

describe('the window inbox’s received events', () => {
  it('carry the sender’s origin, its ports only when there are some, and whether it was trusted', () => {
    const { transport, seen } = inbox(true);
    const sent = envelope({ body: 'hello' });
    post(sent, TRUSTED);
    const { port1 } = new MessageChannel();
    post(sent, TRUSTED, [port1]);
    transport.close();
    const received = seen.filter((e) => e.type === 'received');
    expect(received).toHaveLength(2);
    expect(received[0]).toMatchObject({ envelope: sent, origin: TRUSTED, unverified: false });
    expect(received[0]).toHaveProperty('size', 5);
    expect(received[0]?.type === 'received' && received[0].ports).toBeUndefined();
    expect(received[1]?.type === 'received' && received[1].ports).toEqual([port1]);
  });

  it('marks a message from an untrusted origin as unverified when the check is off, rejects it when on', () => {
    const off = inbox(false);
    post(envelope(), 'http://evil.example');
    off.transport.close();
    expect(off.seen.find((e) => e.type === 'received')).toMatchObject({
      origin: 'http://evil.example',
      unverified: true,
    });
    const on = inbox(true);
    post(envelope(), 'http://evil.example');
    on.transport.close();
    expect(on.seen.find((e) => e.type === 'received')).toBeUndefined();
    expect(on.seen.find((e) => e.type === 'rejected')).toMatchObject({ reason: 'wrong-origin' });
  });

  it('keeps data that is not an envelope as raw, with its origin', () => {
    const { transport, seen } = inbox(true);
    post('just text', TRUSTED);
    transport.close();
    expect(seen.find((e) => e.type === 'received')).toMatchObject({
      data: 'just text',
      raw: expect.stringMatching(/^not an object/),
      origin: TRUSTED,
      unverified: false,
    });
  });
});
