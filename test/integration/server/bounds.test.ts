// Every buffer has a bound (issue 11): slow SSE readers are cut and resume, replay waits for the
// socket, a WebSocket member that stops reading is dropped, room history lives under one budget,
// and rooms and members are capped. Each bound is shown in /api/info with what it holds now.
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type RunningServer } from '../../../mock-server/index';
import { envelopeFrom, openChat, openFeed, peer, type ChatClient } from '../support/clients';
import { eventually, readInfo } from '../support/info';

const quiet = { timeEveryMs: 0, notificationEveryMs: 0, alertEveryMs: 0 };
let server: RunningServer;
let base: string;
let origin: string;
const sockets: Socket[] = [];
const chats: ChatClient[] = [];

beforeAll(async () => {
  server = await createServer({
    port: 0,
    foreignPort: 0,
    distDir: 'dist',
    feed: { ...quiet, maxBacklogBytes: 64 * 1024, heartbeatMs: 60_000, retryMs: 50 },
    chat: {
      maxBufferedBytes: 256 * 1024,
      burst: 1000,
      ratePerSecond: 1000,
      maxRooms: 40,
      maxMembersPerRoom: 3,
    },
    history: { budgetBytes: 300_000, idleMs: 300 },
  });
  base = `http://127.0.0.1:${server.ports.app}`;
  origin = `http://localhost:${server.ports.app}`;
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  for (const chat of chats) chat.close();
  await server.close();
});

/** A reader that asks for the feed and then never reads a byte. */
function stalledReader(lastEventId?: string) {
  const socket = connect(server.ports.app, '127.0.0.1');
  sockets.push(socket);
  const resume = lastEventId ? `Last-Event-ID: ${lastEventId}\r\n` : '';
  socket.write(`GET /sse HTTP/1.1\r\nHost: 127.0.0.1\r\n${resume}\r\n`);
  socket.pause();
  return socket;
}

const big = (i: number) => envelopeFrom(peer('Pub'), 'chat', `${i}:${'x'.repeat(20_000)}`, i);

describe('bounded buffers', () => {
  it('cuts an SSE stream whose backlog passes the bound; the browser resumes with Last-Event-ID', async () => {
    stalledReader();
    const reader = openFeed(`${base}/sse`, ['ready', 'message', 'reset']);
    await reader.until(() => reader.events.find((e) => e.type === 'ready'), 'ready');
    await eventually(
      async () => ((await readInfo(base)).sse.subscribers === 2 ? true : undefined),
      '2 streams',
    );
    // 400 × 20 KB = 8 MB: more than a stalled socket (and its kernel buffers) and the bound take.
    for (let i = 1; i <= 400; i++) {
      await server.feed.publish('message', big(i));
      await new Promise((resolve) => setImmediate(resolve));
    }
    const info = await eventually(async () => {
      const now = await readInfo(base);
      return (now.sse.counters.slowCut ?? 0) >= 1 ? now : undefined;
    }, 'the stalled stream cut');
    expect(info.bounds.sse.maxBacklogBytes).toBe(64 * 1024);
    expect(info.bounds.sse.backlogBytes).toBeLessThan(2 * 64 * 1024);
    // The live reader kept up: every event arrived once, in order.
    await reader.until(
      () => (reader.events.filter((e) => e.type === 'message').length >= 200 ? true : undefined),
      '200 events',
      15_000,
    );
    reader.close();
  }, 30_000);

  it('replays with backpressure: stalled resumes hold no more than their socket takes', async () => {
    const epoch = server.feed.info().epoch;
    for (let i = 0; i < 20; i++) stalledReader(`${epoch}-0`);
    const info = await eventually(async () => {
      const now = await readInfo(base);
      return now.sse.subscribers >= 20 ? now : undefined;
    }, '20 stalled resumes');
    // Without backpressure each would hold the whole history (about 4 MiB here) in memory.
    expect(info.bounds.sse.backlogBytes).toBeLessThan(20 * 64 * 1024);
    expect(info.bounds.history.bytes).toBeLessThanOrEqual(info.bounds.history.budgetBytes);
  });

  it('drops a WebSocket member that stops reading (1013), counted; the room goes on', async () => {
    const sender = await openChat(`ws://127.0.0.1:${server.ports.app}/ws`, origin, peer('Loud'));
    const slow = await openChat(`ws://127.0.0.1:${server.ports.app}/ws`, origin, peer('Slow'));
    const fine = await openChat(`ws://127.0.0.1:${server.ports.app}/ws`, origin, peer('Fine'));
    chats.push(sender, slow, fine);
    for (const client of [sender, slow, fine]) await client.join('slow-room');
    (slow.ws as unknown as { _socket: Socket })._socket.pause();
    for (let i = 0; i < 150; i++) sender.send('chat', 'y'.repeat(60_000));
    await sender.until(
      () => (sender.envelopes('ack').length === 150 ? true : undefined),
      '150 acks',
      20_000,
    );
    await fine.until(
      () => (fine.envelopes('chat').length === 150 ? true : undefined),
      '150 at Fine',
      20_000,
    );
    const info = await eventually(async () => {
      const now = await readInfo(base);
      return (now.ws.counters.slowCut ?? 0) >= 1 ? now : undefined;
    }, 'the slow member cut');
    expect(info.bounds.ws.maxBufferedBytes).toBe(256 * 1024);
  }, 30_000);

  it('keeps room history under one budget and forgets rooms that emptied, oldest first', async () => {
    for (let r = 0; r < 30; r++) {
      const client = await openChat(`ws://127.0.0.1:${server.ports.app}/ws`, origin, peer(`R${r}`));
      await client.join(`abandoned-${r}`);
      for (let i = 0; i < 5; i++) client.send('chat', 'z'.repeat(4000));
      await client.until(() => (client.envelopes('ack').length === 5 ? true : undefined), 'acks');
      client.close();
    }
    const info = await eventually(
      async () => {
        const now = await readInfo(base);
        const { idleTopics, evictedTopics } = now.bounds.history;
        return idleTopics === 0 && (evictedTopics ?? 0) >= 30 ? now : undefined;
      },
      'abandoned rooms forgotten',
      5000,
    );
    expect(info.bounds.history.bytes).toBeLessThanOrEqual(info.bounds.history.budgetBytes);
    expect(
      info.bounds.history.evictedTopics,
      JSON.stringify(info.bounds.history),
    ).toBeGreaterThanOrEqual(30);
    const history = await fetch(`${base}/api/rooms/abandoned-0/history`).then((r) => r.json());
    expect(history).toEqual({ room: 'abandoned-0', messages: [] });
  }, 30_000);

  it('caps members per room and rooms in use, with a reason', async () => {
    const url = `ws://127.0.0.1:${server.ports.app}/ws`;
    const members = [];
    for (let i = 0; i < 4; i++) {
      const client = await openChat(url, origin, peer(`M${i}`));
      chats.push(client);
      members.push(client);
      client.send('join', { room: 'full-room' });
    }
    const refused = await members[3]!.server('error');
    expect(refused.body.reason).toMatch(/is full \(3 members\)/);
    const before = (await readInfo(base)).ws.counters.capped!;
    const rooms: ChatClient[] = [];
    for (let i = 0; i < 45; i++) {
      const client = await openChat(url, origin, peer(`Q${i}`));
      chats.push(client);
      rooms.push(client);
      client.send('join', { room: `cap-${i}` });
    }
    await eventually(
      () => (rooms.some((c) => c.envelopes('error').length > 0) ? true : undefined),
      'a refusal',
    );
    const reason = rooms
      .flatMap((c) => c.envelopes('error'))
      .map((e) => (e.body as { reason: string }).reason);
    expect(reason[0]).toMatch(/40 rooms in use/);
    expect((await readInfo(base)).ws.counters.capped).toBeGreaterThan(before);
  }, 30_000);
});
