// The resume paths with their race windows opened on purpose (support/window-hub.ts), run on the
// memory hub and on Redis: a chat member joining with a cursor while messages arrive, an SSE
// stream going live after its Last-Event-ID replay, the WebSocket feed doing the same after its
// `after=` replay, and a held long poll. Each must deliver every message once, in id order,
// whatever falls inside the window.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Hub } from '../../../mock-server/hub/types';
import { createServer, type RunningServer } from '../../../mock-server/index';
import { FEED_TOPIC, roomTopic } from '../../../mock-server/hub/topics';
import { openChat, openFeed, peer, type ChatClient } from './clients';
import { openFeedSocket } from './feed-socket';
import { eventually } from './info';
import { answerOf, poll, publishTo } from './poll-suite';
import { windowHub, type WindowHub } from './window-hub';

/** Starts a quiet server on the hub `makeHub` gives (wrapped to open windows) for the suite. */
export function resumeRaceSuite(makeHub: () => Hub | Promise<Hub>) {
  let running: { server: RunningServer; hub: WindowHub } | undefined;
  const setup = () => running as { server: RunningServer; hub: WindowHub };
  beforeAll(async () => {
    const hub = windowHub(await makeHub());
    const server = await createServer({
      port: 0,
      foreignPort: 0,
      distDir: 'dist',
      hub,
      feed: { timeEveryMs: 0, notificationEveryMs: 0, alertEveryMs: 0 },
    });
    running = { server, hub };
  }, 30_000);
  const open: ChatClient[] = [];
  afterAll(async () => {
    open.forEach((client) => client.close());
    await running?.server.close();
    await running?.hub.close();
  });
  let rooms = 0;

  async function chat(name: string) {
    const port = setup().server.ports.app;
    const client = await openChat(
      `ws://127.0.0.1:${port}/ws`,
      `http://localhost:${port}`,
      peer(name),
    );
    open.push(client);
    await client.server('welcome');
    return client;
  }

  it('chat: joining with a cursor while messages arrive, each comes once, in order', async () => {
    const room = `race-${++rooms}`;
    const publisher = await chat(`Racer${rooms}`);
    await publisher.join(room);
    await publisher.server('history');
    let n = 0;
    /** Sends `count` messages and resolves with their hub ids once the server stored them. */
    const say = async (count: number) => {
      const before = publisher.envelopes('ack').length;
      for (let i = 0; i < count; i++) publisher.send('chat', `m${n++}`);
      await publisher.until(
        () => publisher.envelopes('ack').length >= before + count || undefined,
        `${count} acks`,
      );
      return publisher
        .envelopes('ack')
        .slice(before)
        .map((ack) => {
          return (ack.body as { hubId: string }).hubId;
        });
    };
    const earlier = await say(5);
    const inWindow: string[] = [];
    // Published once the reader's subscription exists and before its history is read; their
    // delivery then comes after the history (late), as a Redis reader loop behind may deliver it.
    setup().hub.arm({
      topic: roomTopic(room),
      after: async () => void inWindow.push(...(await say(4))),
      late: true,
    });
    const reader = await chat(`Reader${rooms}`);
    const live = () => reader.envelopes('chat').filter((e) => e.sender.kind !== 'server');
    reader.send('join', { room, after: earlier[2] });
    const history = await reader.server('history');
    const later = await say(2);
    await reader.until(() => live().some((e) => e.hubId === later[1]) || undefined, 'the last');
    const got = [...history.body.messages, ...live()].map((e) => e.hubId);
    expect(inWindow).toHaveLength(4);
    expect(got).toEqual([...earlier.slice(3), ...inWindow, ...later]);
  }, 20_000);

  it('SSE: events published between the Last-Event-ID replay and going live come once', async () => {
    const { server, hub } = setup();
    const earlier = [await publishTo(server, 'e0'), await publishTo(server, 'e1')];
    const inWindow: string[] = [];
    hub.arm({
      topic: FEED_TOPIC,
      before: async () =>
        void inWindow.push(await publishTo(server, 'w0'), await publishTo(server, 'w1')),
    });
    const url = `http://127.0.0.1:${server.ports.app}/sse?lastEventId=${encodeURIComponent(earlier[0] as string)}`;
    const feed = openFeed(url, ['message', 'reset']);
    const messages = () => feed.events.filter((e) => e.type === 'message').map((e) => e.id);
    try {
      await feed.until(() => messages().length >= 3 || undefined, 'the replay and the window');
      const last = await publishTo(server, 'after');
      await feed.until(() => messages().includes(last) || undefined, 'the live event');
      expect(feed.events.some((e) => e.type === 'reset')).toBe(false);
      expect(messages()).toEqual([earlier[1], ...inWindow, last]);
    } finally {
      feed.close();
    }
  }, 20_000);

  it('WebSocket feed: events published around going live after a replay come once, in order', async () => {
    const { server, hub } = setup();
    const earlier = [await publishTo(server, 'f0'), await publishTo(server, 'f1')];
    const inWindow: string[] = [];
    const publish = async (...texts: string[]) => {
      for (const text of texts) inWindow.push(await publishTo(server, text));
    };
    // w0 and w1 fall between the replay's last history read and the subscription: only its
    // catch-up from the cursor carries them. w2 and w3 come once it exists, before the socket
    // holds it (replay.ts), so live delivery and catch-up overlap on Redis.
    hub.arm({
      topic: FEED_TOPIC,
      before: () => publish('w0', 'w1'),
      after: () => publish('w2', 'w3'),
    });
    const socket = openFeedSocket(
      server.ports.app,
      `after=${encodeURIComponent(earlier[0] as string)}`,
    );
    const ids = () => socket.events().map((e) => e.id);
    try {
      await eventually(() => (ids().length >= 5 ? true : undefined), 'the replay and the window');
      const last = await publishTo(server, 'after');
      await eventually(() => (ids().includes(last) ? true : undefined), 'the live event');
      expect(socket.frames.some((f) => f.type === 'reset')).toBe(false);
      expect(inWindow).toHaveLength(4);
      expect(ids()).toEqual([earlier[1], ...inWindow, last]);
    } finally {
      socket.ws.close();
    }
  }, 20_000);

  it('long poll: events published while the poll goes to be held come once', async () => {
    const { server, hub } = setup();
    const cursor = await publishTo(server, 'p0');
    const inWindow: string[] = [];
    hub.arm({
      topic: FEED_TOPIC,
      before: async () =>
        void inWindow.push(await publishTo(server, 'w0'), await publishTo(server, 'w1')),
    });
    const answer = await answerOf(await poll(server, `after=${cursor}&wait=3000`));
    expect(answer.events.map((e) => e.id)).toEqual(inWindow);
    expect(answer.cursor).toBe(inWindow[1]);
    // Nothing more (no second copy) after the answer's cursor.
    expect((await poll(server, `after=${answer.cursor}&wait=0`)).status).toBe(204);
  }, 20_000);
}
