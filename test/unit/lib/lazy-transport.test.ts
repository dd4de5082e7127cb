import { describe, expect, it, vi } from 'vitest';
import { lazyTransport } from '../../../src/lib/lazy-transport';
import type { Transport, TransportEvent } from '../../../src/lib/transport-types';
import { envelope, peerA } from '../helpers';

function fakeFactory() {
  const sent: unknown[] = [];
  let listener: ((e: TransportEvent) => void) | null = null;
  const real: Transport = {
    label: 'real "x"',
    connect: () => listener?.({ type: 'status', at: 1, status: 'open', manual: false }),
    send: (e) => (sent.push(e), { ok: true }),
    subscribe: (l) => ((listener = l), () => (listener = null)),
    close: vi.fn(),
  };
  return { real, sent, factory: () => real };
}

describe('lazyTransport', () => {
  it('loads on connect, then behaves as the real transport', async () => {
    const { real, sent, factory } = fakeFactory();
    const lazy = lazyTransport(() => Promise.resolve(factory), { self: peerA, address: 'x' });
    const events: TransportEvent[] = [];
    lazy.subscribe((e) => events.push(e));
    expect(lazy.label).toBe('x');
    expect(lazy.send(envelope()).ok).toBe(false); // not loaded: refused, with a reason
    lazy.connect();
    await vi.waitFor(() =>
      expect(events.some((e) => e.type === 'status' && e.status === 'open')).toBe(true),
    );
    expect(lazy.label).toBe('real "x"');
    expect(lazy.send(envelope()).ok).toBe(true);
    expect(sent).toHaveLength(1);
    lazy.close();
    expect(real.close).toHaveBeenCalledTimes(1);
  });

  it('reports a failed load as an error status', async () => {
    const lazy = lazyTransport(() => Promise.reject(new Error('chunk missing')), {
      self: peerA,
      address: 'x',
    });
    const events: TransportEvent[] = [];
    lazy.subscribe((e) => events.push(e));
    lazy.connect();
    await vi.waitFor(() =>
      expect(events.at(-1)).toMatchObject({
        type: 'status',
        status: 'error',
        reason: 'chunk missing',
      }),
    );
  });

  it('does not start the real transport when closed while loading', async () => {
    const { real, factory } = fakeFactory();
    const connect = vi.spyOn(real, 'connect');
    let resolve: (f: typeof factory) => void = () => undefined;
    const lazy = lazyTransport(() => new Promise((r) => (resolve = r)), {
      self: peerA,
      address: 'x',
    });
    lazy.connect();
    lazy.close();
    resolve(factory);
    await new Promise((r) => setTimeout(r, 0));
    expect(connect).not.toHaveBeenCalled();
  });
});
