import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toSocketUrl } from '../../../../src/mechanisms/websocket/socket-url';
import { createWebSocketTransport } from '../../../../src/mechanisms/websocket/transport';
import { IDLE_STATUS, reduceStatus } from '../../../../src/lib/connection-status';
import type { TransportEvent } from '../../../../src/lib/transport-types';
import { SERVER_PEER } from '../../../../src/shared/server-protocol';
import { FakeWebSocket } from '../../fakes/fake-websocket';
import { envelope, peerA, peerB } from '../../helpers';

function open(options: { random?: () => number; queueLimit?: number } = {}) {
  const transport = createWebSocketTransport({
    self: peerA,
    address: '/ws',
    random: options.random ?? (() => 0),
    queueLimit: options.queueLimit,
  });
  const events: TransportEvent[] = [];
  transport.subscribe((event) => events.push(event));
  transport.connect();
  // The connection's status is what its status events say (as the page reads it).
  const status = () => events.reduce(reduceStatus, IDLE_STATUS);
  return { transport, events, status };
}

const fromServer = (kind: string, body: unknown, seq = 1) => ({
  v: 1,
  id: `server-${kind}-${seq}`,
  mechanism: 'websocket',
  sender: SERVER_PEER,
  kind,
  body,
  sentAt: Date.now(),
  seq,
});

describe('WebSocket transport', () => {
  beforeEach(() => {
    FakeWebSocket.all = [];
    vi.stubGlobal('WebSocket', FakeWebSocket);
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('turns a path into a ws:// URL on this host (wss:// under https)', () => {
    expect(toSocketUrl('/ws', 'http://localhost:4173/m/websocket')).toBe('ws://localhost:4173/ws');
    expect(toSocketUrl('/ws', 'https://lab.test/')).toBe('wss://lab.test/ws');
  });

  it('joins its room first on open, then sends chat as JSON envelopes', () => {
    const { transport, events } = open();
    const socket = FakeWebSocket.last;
    expect(socket.url).toBe('ws://localhost:3000/ws');
    socket.serverOpen();
    expect(socket.frames[0]).toMatchObject({ kind: 'join', body: { room: 'lobby' } });
    const message = envelope({ mechanism: 'websocket', body: 'hello' });
    expect(transport.send(message)).toEqual({ ok: true });
    expect(socket.frames[1]).toMatchObject({ kind: 'chat', body: 'hello', id: message.id });
    expect(events.some((e) => e.type === 'sent')).toBe(true);
  });

  it('logs chat from others, keeps presence, and turns server errors into error events', () => {
    const { transport, events } = open();
    const socket = FakeWebSocket.last;
    socket.serverOpen();
    socket.serverSend(fromServer('joined', { room: 'lobby', members: [{ ...peerA }] }));
    socket.serverSend(envelope({ mechanism: 'websocket', sender: peerB, body: 'hi' }));
    socket.serverSend(fromServer('error', { reason: 'the frame is not JSON' }, 2));
    socket.serverSend(fromServer('rate-limited', { retryInMs: 50 }, 3));
    socket.serverSend('not json at all');
    expect(transport.state().members).toHaveLength(1);
    const received = events.filter((e) => e.type === 'received');
    expect(received.some((e) => e.type === 'received' && e.envelope?.body === 'hi')).toBe(true);
    expect(received.some((e) => e.type === 'received' && e.raw !== undefined)).toBe(true);
    const errors = events.flatMap((e) => (e.type === 'error' ? [e.error.name] : []));
    expect(errors).toEqual(['ServerError', 'RateLimited']);
  });

  it('reconnects after a drop with exponential backoff and jitter', () => {
    const random = vi.fn(() => 0.5);
    const { transport, status } = open({ random });
    FakeWebSocket.last.serverOpen();
    FakeWebSocket.last.serverClose(1006);
    // attempt 1: step 500 → 250 + 0.5 × 250 = 375 ms
    expect(transport.state()).toMatchObject({ attempt: 1, closing: false });
    expect(status()).toMatchObject({ status: 'closed', manual: false });
    expect(transport.state().lastClose).toMatchObject({ code: 1006, wasClean: false });
    vi.advanceTimersByTime(374);
    expect(FakeWebSocket.all).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(FakeWebSocket.all).toHaveLength(2);
    // The server is still down: attempt 2 waits 750 ms, attempt 3 1500 ms.
    FakeWebSocket.last.serverClose(1006);
    vi.advanceTimersByTime(749);
    expect(FakeWebSocket.all).toHaveLength(2);
    vi.advanceTimersByTime(1);
    FakeWebSocket.last.serverClose(1006);
    expect(transport.state().attempt).toBe(3);
    vi.advanceTimersByTime(1500);
    expect(FakeWebSocket.all).toHaveLength(4);
    FakeWebSocket.last.serverOpen();
    expect(transport.state()).toMatchObject({ attempt: 0, retryAt: null });
    expect(status().status).toBe('open');
  });

  it('caps the wait at 15 s', () => {
    const { transport } = open({ random: () => 0.999 });
    for (let i = 0; i < 10; i++) {
      FakeWebSocket.last.serverClose(1006);
      vi.advanceTimersByTime(20_000);
    }
    const state = transport.state();
    FakeWebSocket.last.serverClose(1006);
    expect((transport.state().retryAt ?? 0) - Date.now()).toBeLessThanOrEqual(15_000);
    expect(state.attempt).toBe(10);
  });

  it('does not reconnect after a manual disconnect, and refuses sends until Connect', async () => {
    const { transport, events, status } = open();
    FakeWebSocket.last.serverOpen();
    transport.disconnect();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(FakeWebSocket.all).toHaveLength(1);
    expect(transport.state().retryAt).toBeNull();
    expect(status()).toMatchObject({ status: 'closed', manual: true });
    expect(transport.state().lastClose).toMatchObject({ code: 1000, manual: true });
    const result = transport.send(envelope({ body: 'while away' }));
    expect(result.ok).toBe(false);
    expect(events.at(-1)).toMatchObject({ type: 'error', error: { name: 'InvalidStateError' } });
    transport.reconnectNow();
    expect(FakeWebSocket.all).toHaveLength(2);
    expect(status()).toMatchObject({ status: 'connecting', manual: false });
  });

  it('queues messages typed while reconnecting and sends them, in order, after the join', () => {
    const { transport, events } = open();
    FakeWebSocket.last.serverOpen();
    FakeWebSocket.last.serverClose(1006);
    const first = envelope({ body: 'one' });
    const second = envelope({ body: 'two' });
    expect(transport.send(first)).toEqual({ ok: true });
    expect(transport.send(second)).toEqual({ ok: true });
    expect(transport.state().queued).toBe(2);
    vi.advanceTimersByTime(1000);
    FakeWebSocket.last.serverOpen();
    expect(FakeWebSocket.last.frames.map((f) => f.kind)).toEqual(['join', 'chat', 'chat']);
    expect(FakeWebSocket.last.frames.map((f) => f.body)).toEqual([{ room: 'lobby' }, 'one', 'two']);
    expect(transport.state().queued).toBe(0);
    expect(events.some((e) => e.type === 'status' && /2 queued/.test(e.reason ?? ''))).toBe(true);
  });

  it('refuses, with a reason, what does not fit in the queue', () => {
    const { transport, events } = open({ queueLimit: 2 });
    transport.send(envelope({ body: 1 }));
    transport.send(envelope({ body: 2 }));
    const third = transport.send(envelope({ body: 3 }));
    expect(third).toMatchObject({ ok: false, error: { name: 'QuotaExceededError' } });
    expect(events.filter((e) => e.type === 'error')).toHaveLength(1);
  });

  it('reports what a disconnect leaves unsent instead of dropping it', () => {
    const { transport, events } = open();
    transport.send(envelope({ body: 'waiting' }));
    transport.disconnect();
    expect(events.some((e) => e.type === 'error' && e.error.name === 'AbortError')).toBe(true);
  });

  it('sends binary only while open, and logs an echoed binary frame', () => {
    const { transport, events } = open();
    expect(transport.sendBinary(new ArrayBuffer(4)).ok).toBe(false);
    FakeWebSocket.last.serverOpen();
    expect(transport.sendBinary(new ArrayBuffer(4)).ok).toBe(true);
    FakeWebSocket.last.serverSend(new ArrayBuffer(4));
    expect(events.at(-1)).toMatchObject({ type: 'received', size: 4, raw: 'a binary frame' });
  });

  it('measures the round trip to the server ack', () => {
    const { transport } = open();
    FakeWebSocket.last.serverOpen();
    const message = envelope({ body: 'timed' });
    transport.send(message);
    vi.advanceTimersByTime(12);
    FakeWebSocket.last.serverSend(fromServer('ack', { id: message.id, delivered: 2 }));
    expect(transport.state().lastAckMs).toBeGreaterThanOrEqual(0);
  });

  it('close() is final and idempotent', () => {
    const { transport, events } = open();
    FakeWebSocket.last.serverOpen();
    transport.close();
    transport.close();
    vi.advanceTimersByTime(60_000);
    expect(FakeWebSocket.all).toHaveLength(1);
    expect(events.filter((e) => e.type === 'status' && e.status === 'closed')).toHaveLength(1);
  });
});
