import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type RunningServer } from '../../../mock-server/index';
import { findLanAddress, joinCodeMatches } from '../../../mock-server/lan';
import { openChat } from '../support/clients';

// A documentation address (TEST-NET-1) stands in for the LAN address: tests only ever connect to
// 127.0.0.1 and send the LAN origin as a header, so no traffic leaves loopback.
const LAN = '192.0.2.10';
const quiet = { timeEveryMs: 0, notificationEveryMs: 0, alertEveryMs: 0 };

describe('classroom mode (--lan)', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await createServer({
      port: 0,
      foreignPort: 0,
      distDir: 'dist',
      lan: { address: LAN },
      feed: quiet,
    });
  });
  afterAll(() => server.close());

  it('binds every interface and prints the LAN address', async () => {
    expect(server.host).toBe('0.0.0.0');
    expect(server.urls.lan).toBe(`http://${LAN}:${server.ports.app}/`);
    const health = (await fetch(`http://127.0.0.1:${server.ports.app}/api/health`).then((r) =>
      r.json(),
    )) as { lan: string; joinCode: string };
    expect(health).toMatchObject({ lan: server.urls.lan, joinCode: 'none' });
  });

  it('admits exactly the printed LAN origin, on both ports, and no neighbour', async () => {
    const lanOrigin = `http://${LAN}:${server.ports.app}`;
    const ws = `ws://127.0.0.1:${server.ports.app}/ws`;
    const student = await openChat(ws, lanOrigin);
    await student.server('welcome');
    student.close();
    const foreign = await openChat(ws, `http://${LAN}:${server.ports.foreign}`);
    await foreign.server('welcome');
    foreign.close();
    await expect(openChat(ws, `http://192.0.2.11:${server.ports.app}`)).rejects.toMatchObject({
      status: 403,
    });
    const api = (origin: string) =>
      fetch(`http://127.0.0.1:${server.ports.app}/api/info`, { headers: { Origin: origin } });
    expect((await api(lanOrigin)).status).toBe(200);
    expect((await api(`http://${LAN}:1`)).status).toBe(403);
  });

  it('stays on 127.0.0.1 without --lan', async () => {
    const plain = await createServer({ port: 0, foreignPort: 0, distDir: 'dist', feed: quiet });
    try {
      expect(plain.host).toBe('127.0.0.1');
      expect(plain.urls.lan).toBeNull();
    } finally {
      await plain.close();
    }
  });
});

describe('join code', () => {
  let server: RunningServer;
  let base: string;
  beforeAll(async () => {
    server = await createServer({
      port: 0,
      foreignPort: 0,
      distDir: 'dist',
      joinCode: 'owl-42',
      feed: quiet,
    });
    base = `http://127.0.0.1:${server.ports.app}`;
  });
  afterAll(() => server.close());

  it('is required on the WebSocket: none or a wrong one gets 403, the right one gets in', async () => {
    const origin = `http://localhost:${server.ports.app}`;
    const ws = `ws://127.0.0.1:${server.ports.app}/ws`;
    await expect(openChat(ws, origin)).rejects.toMatchObject({ status: 403 });
    await expect(openChat(`${ws}?code=owl-41`, origin)).rejects.toMatchObject({ status: 403 });
    const student = await openChat(`${ws}?code=owl-42`, origin);
    await student.server('welcome');
    student.close();
    // In classroom mode /api/info is class state too: it needs the code.
    const info = (await fetch(`${base}/api/info`, { headers: { 'X-Join-Code': 'owl-42' } }).then(
      (r) => r.json(),
    )) as {
      ws: { counters: { rejectedCode: number } };
    };
    expect(info.ws.counters.rejectedCode).toBe(2);
  });

  it('is required on the SSE stream, and can be checked first', async () => {
    const refused = await fetch(`${base}/sse?code=nope`);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({
      code: 'join-code',
      message: expect.stringMatching(/join code/),
    });
    const controller = new AbortController();
    const allowed = await fetch(`${base}/sse?code=owl-42`, { signal: controller.signal });
    expect(allowed.headers.get('content-type')).toMatch(/text\/event-stream/);
    controller.abort();
    expect((await fetch(`${base}/api/join-check?code=owl-42`)).status).toBe(200);
    expect((await fetch(`${base}/api/join-check?code=owl`)).status).toBe(403);
    const health = (await fetch(`${base}/api/health`).then((r) => r.json())) as {
      joinCode: string;
    };
    expect(health.joinCode).toBe('required');
  });
});

describe('LAN helpers', () => {
  it('reports a missing LAN address instead of guessing one', () => {
    const none = findLanAddress({
      lo: [
        {
          address: '127.0.0.1',
          family: 'IPv4',
          internal: true,
          netmask: '255.0.0.0',
          mac: '',
          cidr: null,
        },
      ],
    });
    expect(none).toMatchObject({
      address: null,
      problem: expect.stringMatching(/no network interface/),
    });
    const found = findLanAddress({
      lo: [
        {
          address: '127.0.0.1',
          family: 'IPv4',
          internal: true,
          netmask: '255.0.0.0',
          mac: '',
          cidr: null,
        },
      ],
      eth0: [
        {
          address: 'fe80::1',
          family: 'IPv6',
          internal: false,
          netmask: '',
          mac: '',
          cidr: null,
          scopeid: 1,
        },
        {
          address: '10.1.2.3',
          family: 'IPv4',
          internal: false,
          netmask: '255.0.0.0',
          mac: '',
          cidr: null,
        },
      ],
    });
    expect(found).toEqual({ address: '10.1.2.3' });
  });

  it('compares join codes exactly', () => {
    expect(joinCodeMatches(undefined, null)).toBe(true);
    expect(joinCodeMatches('owl', 'owl')).toBe(true);
    expect(joinCodeMatches('owl', 'OWL')).toBe(false);
    expect(joinCodeMatches('owl', 'owl ')).toBe(false);
    expect(joinCodeMatches('owl', null)).toBe(false);
  });
});
