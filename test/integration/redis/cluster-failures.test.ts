// What a class sees when part of the cluster fails, with real processes and a real Redis:
// an instance SIGKILLed mid-stream, and Redis itself stopped and started again.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Envelope } from '../../../src/shared/envelope';
import { openChat, openFeed, peer, type ChatClient } from '../support/clients';
import { publishOn, startInstances, type Instance } from '../support/instances';
import { describeWithRedis, useRedis } from '../support/redis';

const FEED_TYPES = ['message', 'ready', 'reset'] as const;
/** Members of a dead instance leave presence once their time to live passes (refreshed at each pong). */
const HEARTBEAT_MS = 500;
const PRESENCE_TTL_MS = 2000;

type Info = {
  ws: { rooms: { room: string; members: { name: string }[]; total: number }[] };
  backplane?: { kind: string; up: boolean; reason: string | null };
};

describeWithRedis('a cluster losing an instance, then Redis', () => {
  // Redis persists every write here, so a restart keeps what was acknowledged.
  const redis = useRedis({ persist: true });
  let instances: Instance[] = [];
  const closers: (() => void)[] = [];
  beforeAll(async () => {
    instances = await startInstances(['a', 'b', 'c'], {
      REDIS_URL: redis().url,
      FEED_GENERATED: 'off',
      HEARTBEAT_MS: String(HEARTBEAT_MS),
      PRESENCE_TTL_MS: String(PRESENCE_TTL_MS),
    });
  }, 90_000);
  afterAll(async () => {
    closers.forEach((close) => close());
    await Promise.all(instances.map((instance) => instance.kill()));
  });
  const a = () => instances[0] as Instance;
  const b = () => instances[1] as Instance;
  const c = () => instances[2] as Instance;
  const info = (instance: Instance) =>
    fetch(instance.api('/api/info')).then((r) => r.json()) as Promise<Info>;
  it('SIGKILL on an instance mid-stream: its feed clients resume elsewhere with 0 gaps, its members leave presence in time', async () => {
    const members: ChatClient[] = await Promise.all(
      [0, 1, 2].map((i) => openChat(a().ws, a().origin, peer(`OnA${i}`))),
    );
    const watcher = await openChat(b().ws, b().origin, peer('Watcher'));
    closers.push(watcher.close, ...members.map((m) => m.close));
    for (const client of [...members, watcher]) {
      await client.join('k');
      await client.server('history');
    }
    const roomOn = async (instance: Instance) =>
      (await info(instance)).ws.rooms.find((room) => room.room === 'k');
    expect((await roomOn(b()))?.total).toBe(4);

    const feeds = [0, 1, 2, 3, 4].map(() => openFeed(a().sse, FEED_TYPES));
    closers.push(...feeds.map((feed) => feed.close));
    for (const feed of feeds)
      await feed.until(() => feed.events.find((e) => e.type === 'ready'), 'ready');
    const publishing = (async () => {
      for (let n = 0; n < 300; n++) expect((await publishOn(b(), n)).status).toBe(200);
    })();
    const first = feeds[0] as ReturnType<typeof openFeed>;
    await first.until(() => (first.events.length > 50 ? true : undefined), '50 events');
    await a().kill('SIGKILL');
    const killedAt = Date.now();
    // Presence, watched from B meanwhile: A's three members were never told goodbye; they expire.
    const presenceGone = (async () => {
      for (;;) {
        const room = await roomOn(b());
        if (room && room.total === 1) return { afterMs: Date.now() - killedAt, room };
        if (Date.now() - killedAt > 20_000) throw new Error("A's members never left presence");
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    // Each client resumes on C from the last id it saw (as a browser's EventSource would retry).
    const resumed = feeds.map((feed) => {
      feed.close();
      const last = feed.events.filter((e) => e.type === 'message').at(-1)?.id ?? '';
      return openFeed(`${c().sse}?lastEventId=${encodeURIComponent(last)}`, FEED_TYPES);
    });
    closers.push(...resumed.map((feed) => feed.close));
    await publishing;
    for (const [i, feed] of resumed.entries()) {
      const done = () => feed.events.filter((e) => e.type === 'message').length;
      const before = (feeds[i] as ReturnType<typeof openFeed>).events.filter(
        (e) => e.type === 'message',
      );
      await feed.until(() => (before.length + done() >= 300 ? true : undefined), 'all 300', 20_000);
      const all = [...before, ...feed.events.filter((e) => e.type === 'message')];
      expect(feed.events.some((e) => e.type === 'reset')).toBe(false);
      expect(all.map((e) => ((e.data as Envelope).body as { n: number }).n)).toEqual(
        Array.from({ length: 300 }, (_, n) => n),
      );
    }
    const { afterMs, room } = await presenceGone;
    expect(room.members.map((m) => m.name)).toEqual(['Watcher']);
    // Within the time to live after the last refresh, plus a poll and a loaded machine's slack.
    expect(afterMs).toBeLessThan(PRESENCE_TTL_MS + 1500);
  }, 90_000);

  it('Redis stopped: sends refused with the reason, "backplane down" in /api/info; restarted: nothing acknowledged lost, reading resumes', async () => {
    const sender = await openChat(b().ws, b().origin, peer('Sender'));
    const reader = await openChat(c().ws, c().origin, peer('Reader'));
    closers.push(sender.close, reader.close);
    for (const client of [sender, reader]) {
      await client.join('r');
      await client.server('history');
    }
    const chats = () => reader.envelopes('chat').filter((e) => e.sender.kind !== 'server');
    const acked = (id: string) =>
      sender.until(
        () => sender.envelopes('ack').find((e) => (e.body as { id: string }).id === id),
        `ack ${id}`,
        10_000,
      );
    await acked(sender.send('chat', 'before').id);
    await reader.until(() => (chats().length === 1 ? true : undefined), '"before"');

    await redis().stop();
    let down = await info(b());
    while (down.backplane?.up !== false) down = await info(b());
    expect(down.backplane).toMatchObject({ kind: 'redis', up: false });
    const refused = sender.send('chat', 'while down');
    const error = await sender.until(
      () => sender.envelopes('error').find((e) => (e.body as { id?: string }).id === refused.id),
      'the refusal',
    );
    expect((error.body as { reason: string }).reason).toMatch(/backplane down/);

    await redis().start();
    let up = await info(b());
    while (!up.backplane?.up) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      up = await info(b());
    }
    await acked(sender.send('chat', 'after').id);
    await reader.until(() => (chats().length === 2 ? true : undefined), '"after"', 10_000);
    expect(chats().map((e) => e.body)).toEqual(['before', 'after']);
    const history = await fetch(c().api('/api/rooms/r/history')).then((r) => r.json());
    expect((history as { messages: Envelope[] }).messages.map((m) => m.body)).toEqual([
      'before',
      'after',
    ]);
  }, 60_000);
});
