// `/api/poll` on the memory hub: the shared behaviour (support/poll-suite.ts), then bad input,
// bounds, the teacher's drop and the bytes the server counts on the wire.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type RunningServer } from '../../../mock-server/index';
import type { WireStats } from '../../../src/shared/feed-ways';
import { readInfo } from '../support/info';
import { headOf, poll, pollSuite, publishTo } from '../support/poll-suite';
import { rawRequest } from '../support/raw-http';

const quiet = { timeEveryMs: 0, notificationEveryMs: 0, alertEveryMs: 0 };
let server: RunningServer;
let base: string;

beforeAll(async () => {
  server = await createServer({
    port: 0,
    foreignPort: 0,
    distDir: 'dist',
    feed: { ...quiet, replay: 30 },
    poll: { maxHeld: 6, maxHeldPerAddress: 3, ratePerSecond: 1000, burst: 1000 },
  });
  base = `http://127.0.0.1:${server.ports.app}`;
});
afterAll(() => server.close());

describe('long poll, memory hub', () => {
  pollSuite(() => ({ a: server, b: server, retained: 30 }));

  it('refuses a bad after, wait or client with 400 and a message that says what is right', async () => {
    const before = (await readInfo(base)) as unknown as {
      poll: { counters: { badInput: number } };
    };
    for (const query of [
      'after=yesterday',
      `after=${'a'.repeat(70)}-1`,
      'wait=-5',
      'wait=99999999',
      'client=%3Cb%3E',
    ]) {
      const response = await poll(server, query);
      expect(response.status, query).toBe(400);
      const body = (await response.json()) as { error: string; message: string; code: string };
      expect(body.error).toBe('bad-poll');
      expect(body.message).toMatch(/after: the last event id you have|wait must be|client must be/);
      expect(body.code).toMatch(/^poll-(?:after|wait|client)$/);
    }
    const after = (await readInfo(base)) as unknown as { poll: { counters: { badInput: number } } };
    expect(after.poll.counters.badInput - before.poll.counters.badInput).toBe(5);
    expect((await fetch(`${base}/api/poll`, { method: 'POST' })).status).toBe(405);
  });

  it('bounds: held polls per address, then in all; each refusal counted in /api/info', async () => {
    const cursor = await headOf(server);
    const controllers = Array.from({ length: 3 }, () => new AbortController());
    const held = controllers.map((c) =>
      fetch(`${base}/api/poll?after=${cursor}&wait=20000`, { signal: c.signal }).catch(() => null),
    );
    await expect
      .poll(async () => (await readInfo(base)).bounds)
      .toMatchObject({ poll: { held: 3 } });
    const fourth = await poll(server, `after=${cursor}&wait=20000`);
    expect(fourth.status).toBe(429);
    expect(fourth.headers.get('retry-after')).toBe('1');
    expect(((await fourth.json()) as { message: string }).message).toMatch(/already holds 3 polls/);
    const info = (await readInfo(base)) as unknown as {
      poll: { counters: Record<string, number> };
      bounds: { poll: Record<string, number> };
    };
    expect(info.poll.counters.addressCapped).toBe(1);
    expect(info.bounds.poll).toMatchObject({ maxHeld: 6, maxHeldPerAddress: 3, held: 3 });
    // The teacher's drop breaks every held poll and says how many.
    const drop = await fetch(`${base}/api/admin/drop`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(await drop.json()).toMatchObject({ polls: 3 });
    expect(await Promise.all(held)).toEqual([null, null, null]);
    controllers.forEach((c) => c.abort());
  });

  it('counts the bytes on the wire of a poll exactly as a raw client received them', async () => {
    const cursor = await headOf(server);
    await publishTo(server, 'wire');
    const raw = await rawRequest(
      server.ports.app,
      `GET /api/poll?after=${cursor}&wait=0&client=wire-test HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`,
    );
    expect(raw).toMatch(/^HTTP\/1\.1 200/);
    const request = `GET /api/poll?after=${cursor}&wait=0&client=wire-test HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`;
    const stats = (await fetch(`${base}/api/wire?client=wire-test`).then((r) =>
      r.json(),
    )) as WireStats;
    expect(stats.client?.poll).toEqual({
      requests: 1,
      up: Buffer.byteLength(request),
      down: Buffer.byteLength(raw, 'latin1'),
      open: 0,
    });
    expect(stats.total.poll.requests).toBeGreaterThan(1);
  });

  it('an address that polls faster than its bucket gets 429 with Retry-After, counted', async () => {
    const strict = await createServer({
      port: 0,
      foreignPort: 0,
      distDir: 'dist',
      feed: quiet,
      poll: { ratePerSecond: 1, burst: 2 },
    });
    try {
      const url = `http://127.0.0.1:${strict.ports.app}/api/poll?wait=0`;
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await fetch(url)).status);
      expect(statuses).toEqual([204, 204, 429]);
      const limited = await fetch(url);
      expect(limited.headers.get('retry-after')).toBe('1');
      expect(((await limited.json()) as { message: string }).message).toMatch(
        /faster than 1 a second/,
      );
      const info = (await readInfo(`http://127.0.0.1:${strict.ports.app}`)) as unknown as {
        poll: { counters: { rateLimited: number } };
      };
      expect(info.poll.counters.rateLimited).toBe(2);
    } finally {
      await strict.close();
    }
  });

  it('in classroom mode the poll, the feed socket and the byte counts need the join code', async () => {
    const guarded = await createServer({
      port: 0,
      foreignPort: 0,
      distDir: 'dist',
      feed: quiet,
      joinCode: 'owl-42',
    });
    try {
      const at = `http://127.0.0.1:${guarded.ports.app}`;
      expect((await fetch(`${at}/api/poll?wait=0`)).status).toBeGreaterThanOrEqual(400);
      expect((await fetch(`${at}/api/wire`)).status).toBeGreaterThanOrEqual(400);
      expect((await fetch(`${at}/api/poll?wait=0&code=owl-42`)).status).toBe(204);
    } finally {
      await guarded.close();
    }
  });
});
