import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSseTransport } from '../../../../src/mechanisms/server-sent-events/transport';
import { IDLE_STATUS, reduceStatus } from '../../../../src/lib/connection-status';
import type { TransportEvent } from '../../../../src/lib/transport-types';
import { FakeEventSource } from '../../fakes/fake-event-source';
import { envelope, peerA, peerB } from '../../helpers';
import { server } from '../../msw-server';

function open() {
  const transport = createSseTransport({ self: peerA, address: '/sse' });
  const events: TransportEvent[] = [];
  transport.subscribe((event) => events.push(event));
  transport.connect();
  // The stream's status is what its status events say (as the page reads it).
  const status = () => events.reduce(reduceStatus, IDLE_STATUS);
  return { transport, events, status };
}

const ready = (position: string, resumedFrom: string | null = null, replayed = 0) => ({
  epoch: position.split('-')[0],
  retryMs: 2000,
  resumedFrom,
  replayed,
  lastId: position,
});

describe('SSE transport', () => {
  beforeEach(() => {
    FakeEventSource.all = [];
    vi.stubGlobal('EventSource', FakeEventSource);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('listens to every named event and logs each with its id and type', () => {
    const { transport, events, status } = open();
    const source = FakeEventSource.last;
    expect(source.url).toBe('http://localhost:3000/sse');
    source.serverOpen();
    source.emit('ready', ready('ep-0'), 'ep-0');
    source.emit('time', envelope({ sender: peerB, body: { iso: 'now' } }), 'ep-1');
    source.emit('message', envelope({ sender: peerB, body: 'plain' }), 'ep-2');
    source.emit('alert', 'not json', 'ep-3');
    const received = events.filter((e) => e.type === 'received');
    expect(received.map((e) => e.type === 'received' && e.detail?.event)).toEqual([
      'time',
      'message',
      'alert',
    ]);
    expect(received[2]).toMatchObject({ raw: expect.stringMatching(/not an object/) });
    expect(status().status).toBe('open');
    expect(transport.state()).toMatchObject({
      lastEventId: 'ep-3',
      retryMs: 2000,
      gaps: 0,
      events: 3,
      counts: { time: 1, message: 1, alert: 1, notification: 0 },
    });
  });

  it('shows the browser retrying, then resuming with 0 gaps', () => {
    const { transport, events } = open();
    const source = FakeEventSource.last;
    source.serverOpen();
    source.emit('ready', ready('ep-0'), 'ep-0');
    source.emit('message', envelope(), 'ep-1');
    source.fail();
    expect(events.at(-1)).toMatchObject({
      type: 'status',
      status: 'connecting',
      reason: expect.stringMatching(/retries in 2000 ms with Last-Event-ID ep-1/),
    });
    // The browser reconnects the same object; the server replays 2 and 3.
    source.serverOpen();
    source.emit('ready', ready('ep-3', 'ep-1', 2), 'ep-1');
    source.emit('message', envelope(), 'ep-2');
    source.emit('message', envelope(), 'ep-3');
    expect(transport.state()).toMatchObject({ gaps: 0, duplicates: 0, resumes: 1, replayed: 2 });
  });

  it('counts a gap when events go missing, and explains a reset plainly', () => {
    const { transport, events } = open();
    const source = FakeEventSource.last;
    source.emit('message', envelope(), 'ep-1');
    source.emit('message', envelope(), 'ep-5');
    expect(transport.state()).toMatchObject({ gaps: 1, missing: 3 });
    source.emit('reset', {
      reason: 'server-restarted',
      resumedFrom: 'ep-5',
      lost: null,
      epoch: 'ep2',
    });
    source.emit('ready', ready('ep2-0'), 'ep2-0');
    source.emit('message', envelope(), 'ep2-1');
    expect(transport.state()).toMatchObject({
      gaps: 1,
      epoch: 'ep2',
      lastReset: { reason: 'server-restarted' },
    });
    expect(events.some((e) => e.type === 'error' && e.error.name === 'FeedReset')).toBe(true);
  });

  it('says when the browser gives up', () => {
    const { events, status } = open();
    FakeEventSource.last.fail(true);
    expect(status()).toMatchObject({ status: 'error', manual: false });
    expect(events.at(-1)).toMatchObject({ type: 'status', status: 'error' });
  });

  it('close is final; Connect opens a new EventSource that resumes through ?lastEventId=', () => {
    const { transport, status } = open();
    FakeEventSource.last.emit('message', envelope(), 'ep-7');
    transport.disconnect();
    expect(FakeEventSource.last.readyState).toBe(2);
    expect(status()).toMatchObject({ status: 'closed', manual: true });
    transport.reconnectNow();
    expect(FakeEventSource.all).toHaveLength(2);
    expect(FakeEventSource.last.url).toBe('http://localhost:3000/sse?lastEventId=ep-7');
  });

  it('publishes through the API, and reports a refusal as an error', async () => {
    let body: unknown;
    server.use(
      http.post('*/api/sse/publish', async ({ request }) => {
        body = await request.json();
        return HttpResponse.json({ id: 'ep-9', delivered: 3 });
      }),
    );
    const { transport, events } = open();
    const message = envelope({ body: 'hi all' });
    await expect(transport.publish('notification', message)).resolves.toEqual({
      id: 'ep-9',
      delivered: 3,
    });
    expect(body).toMatchObject({ event: 'notification', envelope: { body: 'hi all' } });
    expect(events.some((e) => e.type === 'sent')).toBe(true);
    server.use(
      http.post('*/api/sse/publish', () =>
        HttpResponse.json(
          { error: 'bad-body', message: 'envelope: body is missing' },
          { status: 400 },
        ),
      ),
    );
    await expect(transport.publish('message', message)).rejects.toThrow(/body is missing/);
    expect(events.at(-1)).toMatchObject({
      type: 'error',
      error: { message: 'envelope: body is missing' },
    });
  });

  it('send and post do not read a success’s answer (the event comes back on the stream), but read a refusal’s reason', async () => {
    const bodies: unknown[] = [];
    server.use(
      http.post('*/api/sse/publish', async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json({ id: 'ep-9', delivered: 3 });
      }),
    );
    const read = vi.spyOn(Response.prototype, 'json');
    const { transport, events } = open();
    const message = envelope({ body: 'hi all' });
    expect(transport.send(message)).toEqual({ ok: true });
    await vi.waitFor(() => expect(bodies).toHaveLength(1));
    await expect(transport.post('race', message)).resolves.toBeUndefined();
    expect(bodies).toMatchObject([{ event: 'message' }, { event: 'race' }]);
    expect(events.filter((e) => e.type === 'sent')).toHaveLength(2);
    expect(read).not.toHaveBeenCalled();
    server.use(
      http.post('*/api/sse/publish', () =>
        HttpResponse.json({ error: 'rate', message: 'too many publishes' }, { status: 429 }),
      ),
    );
    await expect(transport.post('message', message)).rejects.toThrow(/too many publishes/);
    expect(read).toHaveBeenCalledTimes(1);
    expect(events.at(-1)).toMatchObject({
      type: 'error',
      error: { message: 'too many publishes' },
    });
    read.mockRestore();
  });
});
