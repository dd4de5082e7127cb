// `/ws/feed`: the feed as WebSocket frames, with the same ids and resume as SSE and the long poll,
// its door, the teacher's drop, and the bytes of every way counted from the sockets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type RunningServer } from '../../../mock-server/index';
import type { WireStats } from '../../../src/shared/feed-ways';
import { openFeed } from '../support/clients';
import { openFeedSocket } from '../support/feed-socket';
import { eventually, readInfo } from '../support/info';
import { headOf, publishTo } from '../support/poll-suite';

const quiet = { timeEveryMs: 0, notificationEveryMs: 0, alertEveryMs: 0 };
let server: RunningServer;
let base: string;

const openSocket = (query: string) => openFeedSocket(server.ports.app, query);

beforeAll(async () => {
  server = await createServer({ port: 0, foreignPort: 0, distDir: 'dist', feed: quiet });
  base = `http://127.0.0.1:${server.ports.app}`;
});
afterAll(() => server.close());

describe('the feed over WebSocket', () => {
  it('replays after `after`, then goes live, with the ids SSE uses; a ready frame says where', async () => {
    const cursor = await headOf(server);
    const ids = [await publishTo(server, 'w1'), await publishTo(server, 'w2')];
    const socket = openSocket(`after=${cursor}&client=ws-test`);
    await eventually(() => (socket.events().length === 2 ? true : undefined), 'replay');
    expect(socket.frames[0]).toMatchObject({
      type: 'ready',
      ready: { resumedFrom: cursor, replayed: 2 },
    });
    ids.push(await publishTo(server, 'w3'));
    await eventually(() => (socket.events().length === 3 ? true : undefined), 'live');
    expect(socket.events().map((f) => f.type === 'event' && f.id)).toEqual(ids);
    // An SSE reader resuming from the same cursor gets the same ids.
    const sse = openFeed(`${base}/sse?lastEventId=${cursor}&client=ws-test`, ['message', 'ready']);
    await eventually(
      () => (sse.events.filter((e) => e.type === 'message').length === 3 ? true : undefined),
      'sse',
    );
    expect(sse.events.filter((e) => e.type === 'message').map((e) => e.id)).toEqual(ids);
    const wire = (await fetch(`${base}/api/wire?client=ws-test`).then((r) =>
      r.json(),
    )) as WireStats;
    expect(wire.client?.ws).toMatchObject({ requests: 1, open: 1 });
    expect(wire.client?.sse).toMatchObject({ requests: 1, open: 1 });
    // Each way's bytes include its headers (the 101, the event-stream head) and its frames.
    expect(wire.client?.ws.down).toBeGreaterThan(129);
    expect(wire.client?.sse.down).toBeGreaterThan(200);
    sse.close();
    socket.ws.close();
    await socket.closed;
  });

  it('a bad `after` is refused before the upgrade, with a reason; the teacher drop cuts sockets', async () => {
    const bad = openSocket('after=not-an-id');
    const error = await new Promise<string>((resolve) =>
      bad.ws.on('unexpected-response', (_req, res) => resolve(String(res.statusCode))),
    );
    expect(error).toBe('400');
    const socket = openSocket('');
    await eventually(() => (socket.frames.length > 0 ? true : undefined), 'ready');
    const drop = await fetch(`${base}/api/admin/drop`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(await drop.json()).toMatchObject({ feedSockets: 1 });
    expect(await socket.closed).toBe(1006);
    const info = (await readInfo(base)) as unknown as {
      feedWs: { counters: Record<string, number> };
    };
    expect(info.feedWs.counters).toMatchObject({ badInput: 1, dropped: 1 });
  });
});
