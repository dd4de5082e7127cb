import { describe, expect, it } from 'vitest';
import { WS_LIMITS } from '../../../src/shared/server-protocol';
import { useChatServer } from '../support/chat-server';
import { envelopeFrom, peer } from '../support/clients';

// The chat as a room sees it: relay, identity, history, presence, binary, a crowd. Its guards
// (bad frames, floods, foreign origins, heartbeats, shutdown) are in ws-chat-guards.test.ts.
const lab = useChatServer();
const { chat } = lab;

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
      `http://127.0.0.1:${lab.server.ports.app}/api/rooms/history-room/history`,
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
    const info = (await fetch(`http://127.0.0.1:${lab.server.ports.app}/api/info`).then((r) =>
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
});
