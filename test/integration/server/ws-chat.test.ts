import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type RunningServer } from '../../../mock-server/index';
import { WS_LIMITS } from '../../../src/shared/server-protocol';
import { envelopeFrom, openChat, peer, type ChatClient } from '../support/clients';

let server: RunningServer;
let url: string;
let origin: string;
const open: ChatClient[] = [];

async function chat(name: string, room = 'lobby') {
  const client = await openChat(url, origin, peer(name));
  open.push(client);
  await client.server('welcome');
  await client.join(room);
  return client;
}

beforeAll(async () => {
  server = await createServer({
    port: 0,
    foreignPort: 0,
    distDir: 'dist',
    chat: { heartbeatMs: 100 },
    feed: { timeEveryMs: 0, notificationEveryMs: 0, alertEveryMs: 0 },
  });
  url = `ws://127.0.0.1:${server.ports.app}/ws`;
  origin = `http://localhost:${server.ports.app}`;
});
afterAll(async () => {
  for (const client of open) client.close();
  await server.close();
});

describe('WebSocket chat', () => {
  it('carries a chat message to the others in the room, not back to the sender', async () => {
    const ada = await chat('Ada', 'room-1');
    const bob = await chat('Bob', 'room-1');
    const cy = await chat('Cy', 'room-2');
    const sent = ada.send('chat', 'hello room 1');
    const got = await bob.until(
      () => bob.envelopes('chat').find((e) => e.id === sent.id),
      'chat at Bob',
    );
    expect(got.body).toBe('hello room 1');
    expect(got.sender.name).toBe('Ada');
    const ack = await ada.server('ack');
    // The ack carries the hub's id for the message, the sender's resume cursor (issue #15).
    expect(ack.body).toEqual({ id: sent.id, delivered: 1, hubId: expect.any(String) });
    expect(ada.envelopes('chat')).toHaveLength(0);
    expect(cy.envelopes('chat')).toHaveLength(0);
  });

  it('stamps the joined identity on relayed messages, whatever the frame claims', async () => {
    const eve = await chat('Eve', 'room-3');
    const bob = await chat('Bob', 'room-3');
    const forged = envelopeFrom(peer('Teacher', '#ff0000'), 'chat', 'trust me', 9);
    eve.ws.send(JSON.stringify(forged));
    const got = await bob.until(() => bob.envelopes('chat')[0], 'chat');
    expect(got.sender.name).toBe('Eve');
  });

  it('sends the last 50 messages of a room to whoever joins', async () => {
    const ada = await chat('Ada', 'history-room');
    // In two batches: 55 at once would run into the rate limit (a burst of 40).
    for (let i = 1; i <= 30; i++) ada.send('chat', `message ${i}`);
    await ada.until(() => (ada.envelopes('ack').length === 30 ? true : undefined), '30 acks');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    for (let i = 31; i <= 55; i++) ada.send('chat', `message ${i}`);
    await ada.until(() => (ada.envelopes('ack').length === 55 ? true : undefined), '55 acks');
    const late = await chat('Late', 'history-room');
    const history = await late.server('history');
    expect(history.body.messages).toHaveLength(WS_LIMITS.history);
    expect(history.body.messages[0]?.body).toBe('message 6');
    expect(history.body.messages.at(-1)?.body).toBe('message 55');
    const api = (await fetch(
      `http://127.0.0.1:${server.ports.app}/api/rooms/history-room/history`,
    ).then((r) => r.json())) as { messages: unknown[] };
    expect(api.messages).toHaveLength(50);
  });

  it('keeps a presence list and tells the room who joins, renames and leaves', async () => {
    const ada = await chat('Ada', 'presence-room');
    const bob = await chat('Bob', 'presence-room');
    type Notice = { event: string; names: string[]; previous?: string };
    type Presence = { members: { name: string }[]; total: number };
    const notice = (event: string, name: string) =>
      ada.until(
        () =>
          ada
            .envelopes('notice')
            .map((e) => e.body as Notice)
            .find((n) => n.event === event && n.names.includes(name)),
        `${event} ${name}`,
      );
    const presence = (names: string[]) =>
      ada.until(
        () =>
          ada
            .envelopes('presence')
            .map((e) => e.body as Presence)
            .find(
              (p) =>
                p.members
                  .map((m) => m.name)
                  .sort()
                  .join() === names.join(),
            ),
        `presence ${names.join()}`,
      );
    await notice('join', 'Bob');
    expect((await presence(['Ada', 'Bob'])).total).toBe(2);
    bob.send('rename', { name: 'Robert' });
    expect((await notice('rename', 'Robert')).previous).toBe('Bob');
    await presence(['Ada', 'Robert']);
    bob.close();
    await notice('leave', 'Robert');
    expect((await presence(['Ada'])).total).toBe(1);
    const info = (await fetch(`http://127.0.0.1:${server.ports.app}/api/info`).then((r) =>
      r.json(),
    )) as { ws: { rooms: { room: string; members: unknown[] }[] } };
    expect(info.ws.rooms.find((r) => r.room === 'presence-room')?.members).toHaveLength(1);
  });

  it('echoes a binary frame with its size', async () => {
    const ada = await chat('Ada', 'binary-room');
    ada.ws.send(Buffer.from([1, 2, 3, 4, 5]), { binary: true });
    const echo = await ada.server('binary-echo');
    expect(echo.body.bytes).toBe(5);
    const bytes = await ada.until(() => ada.frames.find((f) => f.binary), 'binary frame');
    expect(bytes.binary && [...bytes.bytes]).toEqual([1, 2, 3, 4, 5]);
  });

  it('answers malformed JSON and non-envelopes with an error frame and stays connected', async () => {
    const ada = await chat('Ada', 'error-room');
    ada.ws.send('{not json');
    expect((await ada.server('error')).body.reason).toMatch(/not JSON/);
    ada.ws.send(JSON.stringify({ hello: 'world' }));
    expect((await ada.server('error', 1)).body.reason).toMatch(/not an envelope/);
    ada.send('dance', {});
    expect((await ada.server('error', 2)).body.reason).toMatch(/unknown kind "dance"/);
    ada.send('join', { room: '<script>' });
    expect((await ada.server('error', 3)).body.reason).toMatch(/body.room/);
    // Still connected and still chatting.
    const sent = ada.send('chat', 'still here');
    expect((await ada.server('ack')).body.id).toBe(sent.id);
    const info = (await fetch(`http://127.0.0.1:${server.ports.app}/api/info`).then((r) =>
      r.json(),
    )) as { ws: { counters: { malformed: number } } };
    expect(info.ws.counters.malformed).toBeGreaterThanOrEqual(4);
  });

  it('closes an oversize frame with 1009 and a reason', async () => {
    const ada = await chat('Ada', 'big-room');
    ada.ws.send('x'.repeat(WS_LIMITS.maxPayload + 1));
    const closed = await ada.closed();
    expect(closed.code).toBe(1009);
    expect(closed.reason).toMatch(/64 KiB/);
  });

  it('answers a flood with rate-limited notices, not silence, and keeps the connection', async () => {
    const ada = await chat('Ada', 'flood-room');
    const ids = Array.from({ length: 60 }, (_, i) => ada.send('chat', `flood ${i}`).id);
    await ada.until(
      () =>
        ada.envelopes('ack').length + ada.envelopes('rate-limited').length === 60
          ? true
          : undefined,
      'an answer to all 60',
    );
    const limited = ada.envelopes('rate-limited');
    expect(limited.length).toBeGreaterThanOrEqual(60 - WS_LIMITS.burst - 5);
    // The join took one token of the burst.
    expect(ada.envelopes('ack').length).toBeGreaterThanOrEqual(WS_LIMITS.burst - 1);
    // Each refusal names the message it refused.
    const refused = new Set(limited.map((e) => (e.body as { id: string }).id));
    expect([...refused].every((id) => ids.includes(id))).toBe(true);
    expect(ada.ws.readyState).toBe(ada.ws.OPEN);
  });

  it('refuses an upgrade from a foreign origin with 403', async () => {
    await expect(openChat(url, 'http://evil.test')).rejects.toMatchObject({ status: 403 });
    await expect(
      openChat(url, `http://localhost:${server.ports.app}.evil.test`),
    ).rejects.toMatchObject({
      status: 403,
    });
    // The second, foreign port of the app is one of its own origins.
    const fromForeign = await openChat(url, `http://127.0.0.1:${server.ports.foreign}`);
    open.push(fromForeign);
    await fromForeign.server('welcome');
  });

  it('terminates a client that stops answering pings', async () => {
    const ada = await openChat(url, origin, peer('Ada'));
    open.push(ada);
    await ada.server('welcome');
    // Stop answering pings: ws answers them automatically, so switch that off at the socket.
    (
      ada.ws as unknown as { _receiver: { removeAllListeners: (e: string) => void } }
    )._receiver.removeAllListeners('ping');
    const closed = await ada.closed();
    expect(closed.code).toBe(1006);
    const info = (await fetch(`http://127.0.0.1:${server.ports.app}/api/info`).then((r) =>
      r.json(),
    )) as { ws: { counters: { terminated: number } } };
    expect(info.ws.counters.terminated).toBeGreaterThanOrEqual(1);
  });

  it('keeps a live client that answers pings', async () => {
    const ada = await chat('Ada', 'alive-room');
    await new Promise((resolve) => setTimeout(resolve, 500)); // five heartbeats at 100 ms
    expect(ada.ws.readyState).toBe(ada.ws.OPEN);
  });

  it('delivers 20 messages from each of 100 clients: none lost, duplicated or reordered', async () => {
    const clients = await Promise.all(
      Array.from({ length: 100 }, (_, i) => chat(`C${i}`, 'crowd')),
    );
    await Promise.all(
      clients.map((c) =>
        c.until(
          () =>
            c
              .envelopes('presence')
              .some((p) => (p.body as { members: unknown[] }).members.length === 100)
              ? true
              : undefined,
          'all joined',
          15000,
        ),
      ),
    );
    for (let round = 0; round < 20; round++)
      for (const client of clients) client.send('chat', `r${round}`);
    await Promise.all(
      clients.map((c) =>
        c.until(
          () => (c.envelopes('chat').length >= 99 * 20 ? true : undefined),
          `${c.self?.name} got 1980`,
          30000,
        ),
      ),
    );
    for (const client of clients) {
      const chats = client.envelopes('chat');
      expect(chats).toHaveLength(99 * 20);
      const bySender = new Map<string, number[]>();
      for (const e of chats)
        bySender.set(e.sender.id, [...(bySender.get(e.sender.id) ?? []), e.seq]);
      expect(bySender.size).toBe(99);
      expect(bySender.has(client.self?.id ?? '')).toBe(false);
      for (const seqs of bySender.values())
        expect(seqs).toEqual(Array.from({ length: 20 }, (_, i) => i + 2)); // seq 1 was the join
    }
    for (const client of clients) client.close();
  }, 60_000);

  it('says goodbye with 1001 when the server shuts down', async () => {
    const own = await createServer({ port: 0, foreignPort: 0, distDir: 'dist' });
    const client = await openChat(
      `ws://127.0.0.1:${own.ports.app}/ws`,
      `http://localhost:${own.ports.app}`,
    );
    await client.server('welcome');
    await own.close();
    const closed = await client.closed();
    expect(closed).toEqual({ code: 1001, reason: 'Server shutting down' });
  });

  it('drops every connection on the admin action', async () => {
    const ada = await chat('Ada', 'drop-room');
    const response = await fetch(`http://127.0.0.1:${server.ports.app}/api/admin/drop`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: origin },
      body: JSON.stringify({ how: 'close' }),
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { websockets: number }).websockets).toBeGreaterThanOrEqual(
      1,
    );
    expect((await ada.closed()).code).toBe(1012);
  });
});
