// Three real server processes on one real Redis (REDIS_URL): chat and the SSE feed across
// instances, and a feed client that switches instance ten times in 1,000 events.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Envelope } from '../../../src/shared/envelope';
import { openChat, openFeed, peer, type ChatClient } from '../support/clients';
import { publishOn, startInstances, type Instance } from '../support/instances';
import { describeWithRedis, useRedis } from '../support/redis';

const FEED_TYPES = ['message', 'notification', 'ready', 'reset'] as const;

describeWithRedis('three instances sharing one Redis', () => {
  const redis = useRedis();
  let instances: Instance[] = [];
  const closers: (() => void)[] = [];
  beforeAll(async () => {
    instances = await startInstances(['a', 'b', 'c'], {
      REDIS_URL: redis().url,
      FEED_GENERATED: 'off',
    });
  }, 90_000);
  afterAll(async () => {
    closers.forEach((close) => close());
    await Promise.all(instances.map((instance) => instance.kill()));
  });
  const at = (i: number) => instances[i % instances.length] as Instance;

  it('chat: 30 clients on 3 instances, 20 messages each; each sees every other message once, all in one order', async () => {
    const clients: ChatClient[] = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        openChat(at(i).ws, at(i).origin, peer(`Student${i}`, '#336699')),
      ),
    );
    clients.forEach((client) => closers.push(() => client.close()));
    // The history frame comes once the member receives the room live.
    await Promise.all(
      clients.map(async (client) => (await client.join('class'), client.server('history'))),
    );
    clients.forEach((client) => {
      for (let m = 0; m < 20; m++) client.send('chat', `m${m}`);
    });
    const chats = (client: ChatClient) =>
      client.envelopes('chat').filter((e) => e.sender.kind !== 'server');
    await Promise.all(
      clients.map((client) =>
        client.until(
          () => (chats(client).length >= 580 && client.envelopes('ack').length >= 20) || undefined,
          '580 messages and 20 acks',
          30_000,
        ),
      ),
    );
    const orders = clients.map((client) => chats(client).map((e: Envelope) => e.id));
    for (const [i, order] of orders.entries()) {
      expect(order).toHaveLength(580);
      expect(new Set(order).size).toBe(580);
      expect(order.some((id) => id.startsWith(`student${i}-id-`))).toBe(false);
    }
    // One order: any two clients agree on the messages they both received.
    const own = (i: number) => (id: string) => id.startsWith(`student${i}-id-`);
    for (let i = 1; i < orders.length; i++) {
      const first = (orders[0] as string[]).filter((id) => !own(i)(id));
      const other = (orders[i] as string[]).filter((id) => !own(0)(id));
      expect(other).toEqual(first);
    }
    clients.forEach((client) => client.close());
  }, 90_000);

  it('SSE: an event published on B reaches the streams on A and C, with the same id', async () => {
    const [a, c] = [openFeed(at(0).sse, FEED_TYPES), openFeed(at(2).sse, FEED_TYPES)];
    closers.push(a.close, c.close);
    for (const feed of [a, c])
      await feed.until(() => feed.events.find((e) => e.type === 'ready'), 'ready');
    const response = await publishOn(at(1), 7, 'notification');
    expect(response.status).toBe(200);
    const { id } = (await response.json()) as { id: string };
    for (const feed of [a, c]) {
      const got = await feed.until(
        () => feed.events.find((e) => e.type === 'notification'),
        'the notification',
      );
      expect(got.id).toBe(id);
    }
    a.close();
    c.close();
  }, 30_000);

  it('SSE: 1,000 events, 10 switches between instances resuming with Last-Event-ID: 0 gaps, 0 duplicates', async () => {
    const received: { n: number; id: string }[] = [];
    let resets = 0;
    let feed = openFeed(at(0).sse, FEED_TYPES);
    closers.push(() => feed.close());
    await feed.until(() => feed.events.find((e) => e.type === 'ready'), 'ready');
    let seen = 0; // events of the current stream already copied
    const drain = () => {
      for (const event of feed.events.slice(seen)) {
        if (event.type === 'reset') resets++;
        if (event.type === 'message')
          received.push({ n: ((event.data as Envelope).body as { n: number }).n, id: event.id });
      }
      seen = feed.events.length;
    };
    // The publisher spreads its events over the three instances.
    const publishing = (async () => {
      for (let n = 0; n < 1000; n++) expect((await publishOn(at(n), n)).status).toBe(200);
    })();
    for (let hop = 1; hop <= 10; hop++) {
      await feed.until(
        () => (drain(), received.length >= hop * 90) || undefined,
        `event ${hop * 90}`,
        20_000,
      );
      feed.close();
      drain();
      const last = received.at(-1)?.id as string;
      feed = openFeed(`${at(hop).sse}?lastEventId=${encodeURIComponent(last)}`, FEED_TYPES);
      seen = 0;
    }
    await publishing;
    await feed.until(() => (drain(), received.length >= 1000) || undefined, 'all 1,000', 20_000);
    feed.close();
    expect(resets).toBe(0);
    expect(received.map((r) => r.n)).toEqual(Array.from({ length: 1000 }, (_, n) => n));
    const seqs = received.map((r) => Number(r.id.split('-')[1]));
    expect(seqs.every((seq, i) => i === 0 || seq === (seqs[i - 1] as number) + 1)).toBe(true);
  }, 90_000);

  it('chat: 1,000 messages, 10 switches between instances resuming by the last message id: 0 gaps, 0 duplicates', async () => {
    type Relayed = Envelope & { hubId?: string };
    const publishers = await Promise.all(
      [1, 2, 0, 1, 2].map((i, p) => openChat(at(i).ws, at(i).origin, peer(`Pub${p}`))),
    );
    closers.push(...publishers.map((publisher) => publisher.close));
    for (const publisher of publishers) await publisher.join('resume');
    const received: Relayed[] = [];
    const gaps: unknown[] = [];
    const waiting = new Set<() => void>(); // publishers waiting for the reader to catch up
    let cursor: string | null = null;
    /** Joins on instance `i` from the cursor, and copies what arrives, in order. */
    const connect = async (i: number) => {
      const client = await openChat(at(i).ws, at(i).origin, peer('Reader'));
      closers.push(client.close);
      client.ws.on('message', (data, isBinary) => {
        if (isBinary) return;
        const envelope = JSON.parse(String(data)) as Relayed;
        if (envelope.kind === 'history' && envelope.sender.kind === 'server') {
          const body = envelope.body as { messages: Relayed[]; lastId: string; gap?: unknown };
          if (body.gap) gaps.push(body.gap);
          received.push(...body.messages);
          cursor = body.lastId;
        } else if (envelope.kind === 'chat' && envelope.sender.kind !== 'server') {
          received.push(envelope);
          cursor = envelope.hubId ?? cursor;
        }
        const woken = [...waiting];
        waiting.clear();
        woken.forEach((wake) => wake());
      });
      client.send('join', cursor === null ? { room: 'resume' } : { room: 'resume', after: cursor });
      await client.server('history');
      return client;
    };
    let reader: ChatClient = await connect(0);
    // Five publishers, 200 messages each, each just under the server's 20 a second, never more
    // than 40 ahead of the reader: a room keeps 50, so a switch finds everything it missed.
    let sent = 0;
    const publishing = Promise.all(
      publishers.map(async (publisher) => {
        for (let m = 0; m < 200; m++) {
          while (sent - received.length >= 40) await new Promise<void>((wake) => waiting.add(wake));
          sent++;
          publisher.send('chat', `m${m}`);
          await new Promise((resolve) => setTimeout(resolve, 55));
        }
      }),
    );
    for (let hop = 1; hop <= 10; hop++) {
      const current = reader;
      await current.until(
        () => (received.length >= hop * 90 ? true : undefined),
        `message ${hop * 90}`,
        30_000,
      );
      current.close(); // break before make: what is sent meanwhile must come back on the next
      await current.closed();
      reader = await connect(hop);
    }
    await publishing;
    await reader.until(() => (received.length >= 1000 ? true : undefined), 'all 1,000', 30_000);
    expect(gaps).toEqual([]);
    expect(received).toHaveLength(1000);
    expect(new Set(received.map((e) => e.id)).size).toBe(1000);
    const seqs = received.map((e) => Number(e.hubId?.split('-')[1]));
    expect(seqs.every((seq, i) => i === 0 || seq === (seqs[i - 1] as number) + 1)).toBe(true);
  }, 120_000);
});
