// Classroom mode guards every door (issue 11): the join code on every route with class state,
// the teacher token on teacher actions, wrong codes throttled per address; and on any server the
// Host header must name it, HTML can't be framed by other origins, ids are the server's, and
// protocol errors are counted.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type RunningServer } from '../../../mock-server/index';
import { envelopeFrom, openChat, peer } from '../support/clients';
import { eventually, readInfo } from '../support/info';
import { rawRequest, statusOf } from '../support/raw-http';

const dist = mkdtempSync(join(tmpdir(), 'comms-lab-doors-'));
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Comms Lab</title>');
const quiet = { timeEveryMs: 0, notificationEveryMs: 0, alertEveryMs: 0 };
const CODE = { 'X-Join-Code': 'owl-42' };

describe('classroom mode: join code and teacher token', () => {
  let server: RunningServer;
  let base: string;
  beforeAll(async () => {
    server = await createServer({
      port: 0,
      foreignPort: 0,
      distDir: dist,
      feed: quiet,
      joinCode: 'owl-42',
      teacherToken: 'chalk-99',
    });
    base = `http://127.0.0.1:${server.ports.app}`;
  });
  afterAll(() => server.close());

  it('asks for the join code on every route with class state', async () => {
    const envelope = envelopeFrom(peer('Ada'), 'chat', 'hi', 1);
    const publish = {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ envelope }),
    };
    const routes: [string, RequestInit][] = [
      ['/api/info', {}],
      ['/api/rooms/lobby/history', {}],
      ['/api/join-check', {}],
      ['/api/sse/publish', publish],
    ];
    for (const [path, init] of routes) {
      expect((await fetch(`${base}${path}`, init)).status, path).toBe(403);
      const headers = { ...(init.headers as Record<string, string>), ...CODE };
      expect((await fetch(`${base}${path}`, { ...init, headers })).status, path).toBe(200);
    }
    const health = await fetch(`${base}/api/health`).then((r) => r.json());
    expect(health).toMatchObject({ joinCode: 'required', teacherToken: 'required' });
  });

  it('needs the teacher token to drop every connection, with or without an Origin', async () => {
    const drop = (headers: Record<string, string>) =>
      fetch(`${base}/api/admin/drop`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...CODE, ...headers },
        body: '{"how":"close"}',
      });
    expect((await drop({})).status).toBe(403);
    expect((await drop({ 'X-Teacher-Token': 'chalk-98' })).status).toBe(403);
    expect((await drop({ Origin: `http://localhost:${server.ports.app}` })).status).toBe(403);
    expect((await drop({ 'X-Teacher-Token': 'chalk-99' })).status).toBe(200);
    expect(
      (
        await fetch(`${base}/api/teacher-check`, {
          headers: { ...CODE, 'X-Teacher-Token': 'chalk-99' },
        })
      ).status,
    ).toBe(200);
    const info = await readInfo(base, CODE);
    expect(info.classroom.teacherRefused).toBe(3);
  });
});

describe('classroom mode: wrong join codes are throttled per address', () => {
  it('lets three through, then answers 429 with Retry-After, and counts both', async () => {
    const server = await createServer({
      port: 0,
      foreignPort: 0,
      distDir: dist,
      feed: quiet,
      joinCode: 'owl-42',
    });
    const base = `http://127.0.0.1:${server.ports.app}`;
    try {
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (let i = 0; i < 12; i++) {
        const response = await fetch(`${base}/api/join-check?code=guess-${i}`);
        statuses.push(response.status);
        retryAfter ??= response.headers.get('retry-after');
      }
      expect(statuses.slice(0, 4)).toEqual([403, 403, 403, 403]);
      expect(statuses.slice(4).every((status) => status === 429)).toBe(true);
      expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
      // The WebSocket door is throttled too.
      const ws = `ws://127.0.0.1:${server.ports.app}/ws?code=guess`;
      await expect(openChat(ws, `http://localhost:${server.ports.app}`)).rejects.toMatchObject({
        status: 429,
      });
      const info = await eventually(
        async () => {
          const response = await fetch(`${base}/api/info`, { headers: CODE });
          return response.ok
            ? ((await response.json()) as { classroom: Record<string, number> })
            : undefined;
        },
        'the wait to pass',
        3000,
      );
      expect(info.classroom.joinFailed).toBe(4);
      // 8 join-checks and the WebSocket while blocked, plus any /api/info asked while waiting.
      expect(info.classroom.joinThrottled).toBeGreaterThanOrEqual(9);
    } finally {
      await server.close();
    }
  });
});

describe('every server', () => {
  let server: RunningServer;
  let base: string;
  let origin: string;
  beforeAll(async () => {
    server = await createServer({ port: 0, foreignPort: 0, distDir: dist, feed: quiet });
    base = `http://127.0.0.1:${server.ports.app}`;
    origin = `http://localhost:${server.ports.app}`;
  });
  afterAll(() => server.close());

  it('answers 421 to a Host that does not name it (DNS rebinding), on every door', async () => {
    const port = server.ports.app;
    for (const path of ['/api/health', '/', '/sse']) {
      const answer = await rawRequest(
        port,
        `GET ${path} HTTP/1.1\r\nHost: rebind.evil.test:${port}\r\nConnection: close\r\n\r\n`,
      );
      expect(statusOf(answer), path).toBe(421);
    }
    const upgrade = await rawRequest(
      port,
      `GET /ws HTTP/1.1\r\nHost: rebind.evil.test\r\nOrigin: ${origin}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n`,
    );
    expect(statusOf(upgrade)).toBe(421);
    for (const host of ['localhost', '127.0.0.1', '[::1]', 'evil.localhost']) {
      const answer = await rawRequest(
        port,
        `GET /api/health HTTP/1.1\r\nHost: ${host}:${port}\r\nConnection: close\r\n\r\n`,
      );
      expect(statusOf(answer), host).toBe(200);
    }
    expect((await readInfo(base)).api.rejectedHost).toBe(4);
  });

  it('lets only the app’s own origins frame its HTML', async () => {
    const response = await fetch(`${base}/`);
    const csp = response.headers.get('content-security-policy') ?? '';
    const ancestors = /frame-ancestors ([^;]+)/.exec(csp)?.[1] ?? '';
    expect(ancestors.split(' ')).toEqual(
      expect.arrayContaining(["'self'", origin, `http://localhost:${server.ports.foreign}`]),
    );
    expect(ancestors).not.toContain('*');
    // CSP's host-source has no IPv6 literal: naming [::1] would only earn a console error.
    expect(ancestors).not.toContain('[::1]');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('verifies ids: a second connection claiming a live id gets its own, shown on what it sends', async () => {
    const url = `ws://127.0.0.1:${server.ports.app}/ws`;
    const first = await openChat(url, origin, peer('Ada'));
    const copycat = await openChat(url, origin, peer('Ada', '#990000'));
    expect((await first.join('ids')).body.you?.id).toBe('ada-id');
    expect((await copycat.join('ids')).body.you?.id).toBe('ada-id~2');
    copycat.send('chat', 'who am I?');
    const got = await first.until(() => first.envelopes('chat')[0], 'chat');
    expect(got.sender).toMatchObject({ id: 'ada-id~2', name: 'Ada', color: '#990000' });
    first.close();
    copycat.close();
  });

  it('counts protocol errors (1002) and invalid UTF-8 (1007)', async () => {
    const url = `ws://127.0.0.1:${server.ports.app}/ws`;
    const rsv = await openChat(url, origin);
    (rsv.ws as unknown as { _socket: Socket })._socket.write(Buffer.from([0xc1, 0x80, 0, 0, 0, 0]));
    expect((await rsv.closed()).code).toBe(1002);
    const utf = await openChat(url, origin);
    (utf.ws as unknown as { _socket: Socket })._socket.write(
      Buffer.from([0x81, 0x81, 0, 0, 0, 0, 0xff]),
    );
    expect((await utf.closed()).code).toBe(1007);
    const info = await readInfo(base);
    expect(info.ws.counters).toMatchObject({ protocolErrors: 1, invalidUtf8: 1 });
  });
});
