import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type RunningServer } from '../../../mock-server/index';
import type { Envelope } from '../../../src/shared/envelope';
import {
  parseEventId,
  SSE_LIMITS,
  type SseReady,
  type SseReset,
} from '../../../src/shared/server-protocol';
import { envelopeFrom, openFeed, peer } from '../support/clients';

const TYPES = ['message', 'time', 'notification', 'alert', 'ready', 'reset'] as const;
const quiet = { timeEveryMs: 0, notificationEveryMs: 0, alertEveryMs: 0 };
let server: RunningServer;
let base: string;
const feeds: ReturnType<typeof openFeed>[] = [];

function feed(path = '/sse') {
  const client = openFeed(`${base}${path}`, TYPES);
  feeds.push(client);
  return client;
}

const publish = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/api/sse/publish`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

const info = () =>
  fetch(`${base}/api/info`).then((r) => r.json()) as Promise<{
    sse: { subscribers: number; counters: Record<string, number> };
  }>;

beforeAll(async () => {
  server = await createServer({
    port: 0,
    foreignPort: 0,
    distDir: 'dist',
    feed: { ...quiet, retryMs: 50, heartbeatMs: 100 },
  });
  base = `http://127.0.0.1:${server.ports.app}`;
});
afterAll(async () => {
  for (const client of feeds) client.close();
  await server.close();
});

describe('SSE feed', () => {
  it('sends ready with the retry, then every published event to every subscriber', async () => {
    const a = feed();
    const b = feed();
    const ready = await a.until(() => a.events.find((e) => e.type === 'ready'), 'ready');
    expect((ready.data as SseReady).retryMs).toBe(50);
    await b.until(() => b.events.find((e) => e.type === 'ready'), 'ready at b');
    const envelope = envelopeFrom(peer('Ada'), 'chat', 'to everyone', 1);
    const response = await publish({ event: 'notification', envelope });
    expect(response.status).toBe(200);
    const { id, delivered } = (await response.json()) as { id: string; delivered: number };
    expect(delivered).toBeGreaterThanOrEqual(2);
    expect(parseEventId(id)).not.toBeNull();
    for (const client of [a, b]) {
      const got = await client.until(
        () => client.events.find((e) => e.type === 'notification'),
        'notification',
      );
      expect(got.id).toBe(id);
      expect((got.data as Envelope).body).toBe('to everyone');
    }
  });

  it('refuses bad publish bodies with a 4xx that says why, and counts them', async () => {
    const before = (await info()).sse.counters.rejectedPublish ?? 0;
    const cases: [unknown, Record<string, string>, number, RegExp][] = [
      ['{oops', {}, 400, /not valid JSON/],
      [{ event: 'message', envelope: { hello: 1 } }, {}, 400, /envelope: unknown envelope version/],
      [
        { event: 'explode', envelope: envelopeFrom(peer('A'), 'chat', 1, 1) },
        {},
        400,
        /event must be one of/,
      ],
      [[1, 2], {}, 400, /JSON object/],
      ['{}', { 'Content-Type': 'text/plain' }, 415, /application\/json/],
      [
        { envelope: envelopeFrom(peer('A'), 'chat', 'x'.repeat(SSE_LIMITS.publishMax), 1) },
        {},
        413,
        /over/,
      ],
    ];
    for (const [body, headers, status, message] of cases) {
      const response = await publish(body, headers);
      expect(response.status).toBe(status);
      expect(((await response.json()) as { message: string }).message).toMatch(message);
    }
    expect((await info()).sse.counters.rejectedPublish).toBe(before + cases.length);
  });

  it('resumes after 10 forced drops over 1,100 events with 0 gaps and 0 duplicates', async () => {
    const client = feed();
    await client.until(() => client.events.find((e) => e.type === 'ready'), 'ready');
    const self = peer('Flood');
    const total = 1100;
    let i = 0;
    const send = (count: number) => {
      for (const end = i + count; i < end;)
        server.feed.publish('message', envelopeFrom(self, 'chat', i + 1, ++i));
    };
    for (let drop = 1; drop <= 10; drop++) {
      const opens = client.opens();
      send(80);
      // Drop every stream; events keep coming while the client is away.
      expect(server.feed.dropAll()).toBeGreaterThanOrEqual(1);
      send(30);
      await client.until(() => (client.opens() > opens ? true : undefined), `reconnect ${drop}`);
    }
    send(total - i);
    await client.until(
      () => (client.events.filter((e) => e.type === 'message').length >= total ? true : undefined),
      `${total} messages`,
      20_000,
    );
    const seqs = client.events
      .filter((e) => e.type === 'message' && (e.data as Envelope).sender.id === self.id)
      .map((e) => (e.data as Envelope).seq);
    expect(seqs).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect(client.opens()).toBeGreaterThanOrEqual(11);
    const readies = client.events.filter((e) => e.type === 'ready').map((e) => e.data as SseReady);
    expect(readies.filter((r) => r.resumedFrom !== null).length).toBeGreaterThanOrEqual(10);
    expect(client.events.some((e) => e.type === 'reset')).toBe(false);
  }, 30_000);

  it('sends a reset, not a silent gap, for an id older than the buffer', async () => {
    const small = await createServer({
      port: 0,
      foreignPort: 0,
      distDir: 'dist',
      feed: { ...quiet, replay: 10 },
    });
    try {
      for (let i = 1; i <= 30; i++)
        small.feed.publish('message', envelopeFrom(peer('A'), 'chat', i, i));
      const epoch = small.feed.info().epoch;
      const client = openFeed(
        `http://127.0.0.1:${small.ports.app}/sse?lastEventId=${epoch}-5`,
        TYPES,
      );
      feeds.push(client);
      const reset = await client.until(
        () => client.events.find((e) => e.type === 'reset'),
        'reset',
      );
      expect(reset.data).toMatchObject({ reason: 'too-old', lost: 15, resumedFrom: `${epoch}-5` });
      // What the buffer still has follows: 21…30.
      await client.until(
        () => (client.events.filter((e) => e.type === 'message').length === 10 ? true : undefined),
        'the 10 buffered events',
      );
      client.close();
    } finally {
      await small.close();
    }
  });

  it('sends a reset after a server restart, from the earlier epoch', async () => {
    const first = await createServer({
      port: 0,
      foreignPort: 0,
      distDir: 'dist',
      feed: { ...quiet, retryMs: 50 },
    });
    const port = first.ports.app;
    const client = openFeed(`http://127.0.0.1:${port}/sse`, TYPES);
    feeds.push(client);
    await client.until(() => client.events.find((e) => e.type === 'ready'), 'ready');
    first.feed.publish('message', envelopeFrom(peer('A'), 'chat', 'before', 1));
    const before = await client.until(
      () => client.events.find((e) => e.type === 'message'),
      'message',
    );
    await first.close();
    await new Promise((resolve) => setTimeout(resolve, 20)); // a new epoch: a later millisecond
    const second = await createServer({
      port,
      foreignPort: 0,
      distDir: 'dist',
      feed: { ...quiet, retryMs: 50 },
    });
    try {
      const reset = await client.until(
        () => client.events.find((e) => e.type === 'reset'),
        'reset',
        10_000,
      );
      expect(reset.data as SseReset).toMatchObject({
        reason: 'server-restarted',
        resumedFrom: before.id,
        epoch: second.feed.info().epoch,
      });
      client.close();
    } finally {
      await second.close();
    }
  }, 20_000);

  it('refuses a foreign origin and answers allowed cross-origin readers with CORS', async () => {
    const refused = await fetch(`${base}/sse`, { headers: { Origin: 'http://evil.test' } });
    expect(refused.status).toBe(403);
    const controller = new AbortController();
    const allowed = await fetch(`${base}/sse`, {
      headers: { Origin: `http://localhost:${server.ports.foreign}` },
      signal: controller.signal,
    });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(
      `http://localhost:${server.ports.foreign}`,
    );
    expect(allowed.headers.get('content-type')).toMatch(/^text\/event-stream/);
    // The stream carries comment heartbeats (every 100 ms here).
    const reader = (allowed.body as ReadableStream<Uint8Array>).getReader();
    let text = '';
    while (!text.includes(': heartbeat')) {
      const { value } = await reader.read();
      text += new TextDecoder().decode(value);
    }
    expect(text).toMatch(/^retry: 50\n/);
    controller.abort();
  });

  it('forgets a subscriber when it goes', async () => {
    const client = feed();
    await client.until(() => client.events.find((e) => e.type === 'ready'), 'ready');
    const during = (await info()).sse.subscribers;
    client.close();
    let after = during;
    for (let i = 0; i < 50 && after >= during; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      after = (await info()).sse.subscribers;
    }
    expect(after).toBe(during - 1);
  });
});
