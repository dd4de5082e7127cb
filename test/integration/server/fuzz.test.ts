// Property-based fuzzing of the running server (issue 11): random and mutated HTTP requests,
// headers, bodies and WebSocket frames, for a bounded count and time; then a clean chat between
// two clients and an SSE stream must still work, and the process must not have crashed (an
// uncaught exception would fail this file).
import fc from 'fast-check';
import type { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type RunningServer } from '../../../mock-server/index';
import { envelopeFrom, openChat, openFeed, peer } from '../support/clients';
import { rawRequest } from '../support/raw-http';

const RUNS = 60;
const TIME = 4000;
let server: RunningServer;
let origin: string;
let wsUrl: string;
beforeAll(async () => {
  server = await createServer({
    port: 0,
    foreignPort: 0,
    distDir: 'dist',
    feed: { timeEveryMs: 0, notificationEveryMs: 0, alertEveryMs: 0 },
    chat: { burst: 10_000, ratePerSecond: 10_000 },
  });
  origin = `http://localhost:${server.ports.app}`;
  wsUrl = `ws://127.0.0.1:${server.ports.app}/ws`;
});
afterAll(() => server.close());

const token = fc.stringMatching(/^[!-~]{0,40}$/); // printable ASCII, as a request line allows
const paths = fc.oneof(
  token.map((s) => `/${s}`),
  fc.constantFrom(
    '//[',
    '/api/rooms/%E0%A4%A/history',
    '/sse?lastEventId=%',
    '/ws',
    '/api/info?code=%zz',
    '/..%2f..%2fetc/passwd',
    '*',
  ),
  fc
    .constantFrom('/api/', '/sse', '/api/sse/publish', '/api/admin/drop')
    .chain((p) => token.map((s) => p + s)),
);
const headerName = fc.stringMatching(/^[A-Za-z-]{1,20}$/);
const headerValue = fc.oneof(
  fc.stringMatching(/^[ -~]{0,60}$/),
  fc.constantFrom('websocket', 'Upgrade', '13'),
);
const headers = fc.array(
  fc.tuple(
    fc.oneof(
      headerName,
      fc.constantFrom(
        'Last-Event-ID',
        'Origin',
        'Upgrade',
        'Content-Type',
        'Content-Length',
        'X-Join-Code',
        'Host',
      ),
    ),
    headerValue,
  ),
  { maxLength: 6 },
);
const valid = envelopeFrom(peer('Fuzz'), 'chat', { text: 'hello', n: [1, 2, { deep: true }] }, 1);

/** A valid envelope's JSON with bytes replaced, cut or repeated. */
const mutated = fc
  .tuple(
    fc.nat(),
    fc.constantFrom('replace', 'cut', 'repeat', 'nest'),
    fc.string({ maxLength: 4 }),
    fc.oneof(fc.nat({ max: 60 }), fc.constant(20_000)),
  )
  .map(([at, how, insert, depth]) => {
    const text = JSON.stringify({ ...valid, kind: at % 2 ? 'chat' : 'join' });
    const i = at % text.length;
    if (how === 'replace') return text.slice(0, i) + insert + text.slice(i + 1);
    if (how === 'cut') return text.slice(0, i);
    if (how === 'repeat') return text + text.slice(i);
    return text.replace('"hello"', '['.repeat(depth) + ']'.repeat(depth));
  });

describe('fuzzing the running server', () => {
  it('answers random HTTP requests, headers and bodies without stopping', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'POST', 'PUT', 'OPTIONS', 'HEAD', 'BREW'),
        paths,
        headers,
        fc.uint8Array({ maxLength: 300 }),
        async (method, path, extra, body) => {
          const lines = extra.map(([name, value]) => `${name}: ${value}\r\n`).join('');
          const head = `${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n${lines}Connection: close\r\n\r\n`;
          await rawRequest(server.ports.app, head + Buffer.from(body).toString('latin1'), 150);
        },
      ),
      { numRuns: RUNS, interruptAfterTimeLimit: TIME },
    );
  }, 30_000);

  it('answers random and mutated WebSocket frames without stopping', async () => {
    const client = await openChat(wsUrl, origin, peer('Fuzzer'));
    await client.join('fuzz');
    const frames = fc.oneof(
      mutated,
      fc.json({ maxDepth: 6 }),
      fc.string({ maxLength: 200 }),
      fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(frames, { minLength: 1, maxLength: 8 }), async (batch) => {
        for (const frame of batch) client.ws.send(frame, { binary: typeof frame !== 'string' });
      }),
      { numRuns: RUNS, interruptAfterTimeLimit: TIME },
    );
    // Raw bytes after the handshake: broken frame headers close only this connection.
    const raw = await openChat(wsUrl, origin);
    (raw.ws as unknown as { _socket: Socket })._socket.write(
      Buffer.from([0x8f, 0xff, 1, 2, 3, 4, 5, 6, 7, 8, 9]),
    );
    expect([1002, 1006, 1009]).toContain((await raw.closed()).code);
    client.close();
  }, 30_000);

  it('still serves a clean chat between two clients and an SSE stream', async () => {
    const ada = await openChat(wsUrl, origin, peer('Ada'));
    const bob = await openChat(wsUrl, origin, peer('Bob'));
    await ada.join('after-fuzz');
    await bob.join('after-fuzz');
    const sent = ada.send('chat', 'still standing');
    const got = await bob.until(() => bob.envelopes('chat').find((e) => e.id === sent.id), 'chat');
    expect(got.body).toBe('still standing');
    const feed = openFeed(`http://127.0.0.1:${server.ports.app}/sse`, ['ready', 'message']);
    await feed.until(() => feed.events.find((e) => e.type === 'ready'), 'ready');
    await server.feed.publish('message', envelopeFrom(peer('Ada'), 'chat', 'feed ok', 1));
    const event = await feed.until(() => feed.events.find((e) => e.type === 'message'), 'event');
    expect((event.data as { body: string }).body).toBe('feed ok');
    feed.close();
    ada.close();
    bob.close();
  });
});
