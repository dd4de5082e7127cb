import { describe, expect, it } from 'vitest';
import { createServer } from '../../../mock-server/index';
import type { Envelope } from '../../../src/shared/envelope';
import type { SseReady, SseReset } from '../../../src/shared/server-protocol';
import { envelopeFrom, openFeed, peer } from '../support/clients';
import { quiet, TYPES, useFeedServer } from '../support/feed-server';

// Resuming the feed with Last-Event-ID: after forced drops, past the replay buffer, and across a
// server restart (a reset says what was lost, never a silent gap).
const lab = useFeedServer();
const { feed } = lab;

describe('SSE feed resume', () => {
  it('resumes after 10 forced drops over 1,100 events with 0 gaps and 0 duplicates', async () => {
    const client = feed();
    await client.until(() => client.events.find((e) => e.type === 'ready'), 'ready');
    const self = peer('Flood');
    const total = 1100;
    let i = 0;
    const send = (count: number) => {
      for (const end = i + count; i < end;)
        lab.server.feed.publish('message', envelopeFrom(self, 'chat', i + 1, ++i));
    };
    for (let drop = 1; drop <= 10; drop++) {
      const opens = client.opens();
      send(80);
      // Drop every stream; events keep coming while the client is away.
      expect(lab.server.feed.dropAll()).toBeGreaterThanOrEqual(1);
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
      lab.keep(client);
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
    lab.keep(client);
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
});
