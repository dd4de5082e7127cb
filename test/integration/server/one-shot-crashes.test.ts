// Two requests that each stopped the whole server (issue 11), and the guards that keep any other
// exception inside the handler that met it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type RunningServer } from '../../../mock-server/index';
import { openChat, peer } from '../support/clients';
import { rawRequest, statusOf } from '../support/raw-http';

let server: RunningServer;
let base: string;
let origin: string;
beforeAll(async () => {
  server = await createServer({
    port: 0,
    foreignPort: 0,
    distDir: 'dist',
    feed: { timeEveryMs: 0, notificationEveryMs: 0, alertEveryMs: 0 },
  });
  base = `http://127.0.0.1:${server.ports.app}`;
  origin = `http://localhost:${server.ports.app}`;
});
afterAll(() => server.close());

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const upgradeTo = (target: string, port: number) =>
  `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n`;

describe('requests that used to stop the server', () => {
  it('answers an upgrade to `//[` with 400, on both ports, and keeps serving', async () => {
    for (const port of [server.ports.app, server.ports.foreign]) {
      const answer = await rawRequest(port, upgradeTo('//[', port));
      expect(statusOf(answer)).toBe(400);
    }
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
  });

  it('answers plain requests to `//[` with 400, on the API, the feed and the files', async () => {
    for (const target of ['//[', '//[/api/info', '//[/sse']) {
      const answer = await rawRequest(
        server.ports.app,
        `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`,
      );
      expect([400, 404]).toContain(statusOf(answer));
    }
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
  });

  it('refuses a chat body nested 20,000 deep with an error frame; the room goes on', async () => {
    const ada = await openChat(`ws://127.0.0.1:${server.ports.app}/ws`, origin, peer('Ada'));
    const bob = await openChat(`ws://127.0.0.1:${server.ports.app}/ws`, origin, peer('Bob'));
    await ada.join('deep');
    await bob.join('deep');
    const envelope = { ...ada.send('chat', 'warm-up'), id: 'deep-1', seq: 99 };
    const text = JSON.stringify({ ...envelope, body: null }).replace(
      '"body":null',
      `"body":${nested(20_000)}`,
    );
    expect(text.length).toBeLessThan(64 * 1024);
    ada.ws.send(text);
    const error = await ada.server('error');
    expect(error.body.reason).toMatch(/nests deeper than 32 levels/);
    const sent = ada.send('chat', 'still here');
    await bob.until(() => bob.envelopes('chat').find((e) => e.id === sent.id), 'chat after');
    ada.close();
    bob.close();
  });

  it('refuses a published body nested 20,000 deep with 400', async () => {
    const response = await fetch(`${base}/api/sse/publish`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: `{"event":"message","envelope":${nested(3000)}}`,
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toMatch(/deeper than 32/);
  });

  it('answers a bad `%` escape in the history route with 400, not 500', async () => {
    const response = await fetch(`${base}/api/rooms/%E0%A4%A/history`);
    expect(response.status).toBe(400);
  });
});
