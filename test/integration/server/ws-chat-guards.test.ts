import { describe, expect, it } from 'vitest';
import { createServer } from '../../../mock-server/index';
import { WS_LIMITS } from '../../../src/shared/server-protocol';
import { useChatServer } from '../support/chat-server';
import { openChat, peer } from '../support/clients';

// What the chat refuses or ends, and how it says so: bad and oversize frames, floods, foreign
// origins, silent clients, a shutdown, the admin's drop.
const lab = useChatServer();
const { chat } = lab;

describe('WebSocket chat guards', () => {
  it('answers malformed JSON and non-envelopes with an error frame and stays connected', async () => {
    const ada = await chat('Ada', 'error-room');
    ada.ws.send('{not json');
    expect((await ada.server('error')).body.reason).toMatch(/not JSON/);
    ada.ws.send(JSON.stringify({ hello: 'world' }));
    expect((await ada.server('error', 1)).body.reason).toMatch(/not an envelope/);
    ada.send('dance', {});
    // Beside the English, a code and its values (issue 12: the page says it in its language).
    expect((await ada.server('error', 2)).body).toMatchObject({
      code: 'frame-invalid',
      params: { detail: 'unknown kind "dance" (join, rename or chat)' },
      reason: 'unknown kind "dance" (join, rename or chat)',
    });
    ada.send('join', { room: '<script>' });
    expect((await ada.server('error', 3)).body.reason).toMatch(/body.room/);
    // Still connected and still chatting.
    const sent = ada.send('chat', 'still here');
    expect((await ada.server('ack')).body.id).toBe(sent.id);
    const info = (await fetch(`http://127.0.0.1:${lab.server.ports.app}/api/info`).then((r) =>
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
    await expect(openChat(lab.url, 'http://evil.test')).rejects.toMatchObject({ status: 403 });
    await expect(
      openChat(lab.url, `http://localhost:${lab.server.ports.app}.evil.test`),
    ).rejects.toMatchObject({
      status: 403,
    });
    // The second, foreign port of the app is one of its own origins.
    const fromForeign = await openChat(lab.url, `http://127.0.0.1:${lab.server.ports.foreign}`);
    lab.keep(fromForeign);
    await fromForeign.server('welcome');
  });

  it('terminates a client that stops answering pings', async () => {
    const ada = await openChat(lab.url, lab.origin, peer('Ada'));
    lab.keep(ada);
    await ada.server('welcome');
    // Stop answering pings: ws answers them automatically, so switch that off at the socket.
    (
      ada.ws as unknown as { _receiver: { removeAllListeners: (e: string) => void } }
    )._receiver.removeAllListeners('ping');
    const closed = await ada.closed();
    expect(closed.code).toBe(1006);
    const info = (await fetch(`http://127.0.0.1:${lab.server.ports.app}/api/info`).then((r) =>
      r.json(),
    )) as { ws: { counters: { terminated: number } } };
    expect(info.ws.counters.terminated).toBeGreaterThanOrEqual(1);
  });

  it('keeps a live client that answers pings', async () => {
    const ada = await chat('Ada', 'alive-room');
    await new Promise((resolve) => setTimeout(resolve, 500)); // five heartbeats at 100 ms
    expect(ada.ws.readyState).toBe(ada.ws.OPEN);
  });

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
    const response = await fetch(`http://127.0.0.1:${lab.server.ports.app}/api/admin/drop`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: lab.origin },
      body: JSON.stringify({ how: 'close' }),
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { websockets: number }).websockets).toBeGreaterThanOrEqual(
      1,
    );
    expect((await ada.closed()).code).toBe(1012);
  });
});
