import { afterEach, describe, expect, it } from 'vitest';
import { answers, runRig, type Rig } from '../../../../src/app/race/engine';
import { createEmitter } from '../../../../src/lib/emitter';
import type { Transport, TransportEvent } from '../../../../src/lib/transport-types';
import type { Envelope } from '../../../../src/shared/envelope';
import { envelope, peerA, peerB } from '../../helpers';

/** A transport whose counterpart echoes after a microtask, except the messages `drop` picks. */
function echoTransport(drop: (n: number) => boolean = () => false, limit = Infinity): Transport {
  const events = createEmitter<TransportEvent>();
  let n = 0;
  return {
    label: 'echo',
    connect: () => undefined,
    send(message: Envelope) {
      if (JSON.stringify(message.body).length > limit)
        return { ok: false, error: { name: 'DataError', message: 'too big' } };
      const dropped = drop(++n);
      queueMicrotask(() => {
        if (dropped) return;
        const reply = envelope({
          sender: peerB,
          kind: 'race-echo',
          body: { ref: message.id, payload: message.body },
        });
        events.emit({
          type: 'received',
          at: performance.timeOrigin + performance.now(),
          envelope: reply,
          data: reply,
          size: 1,
        });
      });
      return { ok: true };
    },
    subscribe: events.subscribe,
    close: () => undefined,
  };
}

const rig = (transport: Transport, extra: Partial<Rig> = {}): Rig => ({
  id: 'broadcast-channel',
  counterpart: 'a fake echo',
  unavailable: () => null,
  setup: () => Promise.resolve({ transport, dispose: () => undefined }),
  ...extra,
});

const options = (extra = {}) => ({
  messages: 20,
  warmup: 5,
  timeoutMs: 50,
  signal: new AbortController().signal,
  ...extra,
});

afterEach(() => undefined);

describe('answers', () => {
  it('names the message an envelope answers: an echo ref, an ack id, or itself', () => {
    expect(answers(envelope({ id: 'e1', body: { ref: 'm1' } }))).toEqual(['e1', 'm1']);
    expect(answers(envelope({ id: 'e2', body: { id: 'm2', delivered: 1 } }))).toEqual(['e2', 'm2']);
    expect(answers(envelope({ id: 'm3', body: 'plain' }))).toEqual(['m3']);
  });
});

describe('runRig', () => {
  it('measures every size, discards the warm-up, and reports throughput', async () => {
    const result = await runRig(rig(echoTransport()), peerA, options());
    expect(result.status).toBe('done');
    expect(result.sizes.map((s) => [s.size, s.sent, s.received, s.lost, s.warmup])).toEqual([
      ['small', 20, 20, 0, 5],
      ['1k', 20, 20, 0, 5],
      ['100k', 20, 20, 0, 5],
    ]);
    expect(result.sizes[0]?.roundTrip?.count).toBe(20);
    expect(result.throughput).toMatchObject({ sent: 20, received: 20, lost: 0 });
    expect(result.largestBytes).toBe(100 * 1024);
    expect(result.clock).toBe('performance.timeOrigin + performance.now()');
  });

  it('counts messages that never come back as lost', async () => {
    // Every 4th message after the handshake is dropped.
    const result = await runRig(rig(echoTransport((n) => n > 1 && n % 4 === 0)), peerA, options());
    const small = result.sizes[0];
    expect(small?.lost).toBeGreaterThan(0);
    expect((small?.lost ?? 0) + (small?.received ?? 0)).toBe(20);
  });

  it('does not try sizes over the mechanism’s limit, and says why', async () => {
    const result = await runRig(
      rig(echoTransport(), { maxBytes: { bytes: 2048, reason: 'over the 2 KiB limit' } }),
      peerA,
      options(),
    );
    expect(result.sizes.find((s) => s.size === '100k')).toMatchObject({
      refused: 'over the 2 KiB limit',
      sent: 0,
    });
    expect(result.largestBytes).toBe(1024);
  });

  it('reports a send the transport refuses', async () => {
    const result = await runRig(rig(echoTransport(undefined, 5000)), peerA, options());
    expect(result.sizes.find((s) => s.size === '100k')?.refused).toBe('DataError: too big');
  });

  it('marks a mechanism that cannot run, with the reason, without setting anything up', async () => {
    let setUp = false;
    const result = await runRig(
      rig(echoTransport(), {
        unavailable: () => 'needs a secure context',
        setup: () => {
          setUp = true;
          return Promise.reject(new Error('no'));
        },
      }),
      peerA,
      options(),
    );
    expect(result).toMatchObject({ status: 'skipped', reason: 'needs a secure context' });
    expect(setUp).toBe(false);
  });

  it('fails with the reason when the counterpart never answers', async () => {
    const result = await runRig(rig(echoTransport(() => true)), peerA, options());
    expect(result).toMatchObject({ status: 'failed', reason: 'the counterpart never answered' });
  }, 15_000);

  it('stops when cancelled and keeps what it measured', async () => {
    const controller = new AbortController();
    const transport = echoTransport();
    let sent = 0;
    const counting: Transport = {
      ...transport,
      send(message) {
        if (++sent === 30) controller.abort();
        return transport.send(message);
      },
    };
    const result = await runRig(rig(counting), peerA, options({ signal: controller.signal }));
    expect(result.status).toBe('cancelled');
    expect(result.sizes.length).toBeLessThan(3);
  });
});
