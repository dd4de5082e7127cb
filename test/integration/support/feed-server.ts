// One real server per SSE test file (no feed timers, a 50 ms retry, a 100 ms heartbeat), and the
// feed clients its tests open, all closed when the file is done.
import { afterAll, beforeAll } from 'vitest';
import { createServer, type RunningServer } from '../../../mock-server/index';
import { openFeed } from './clients';

export const TYPES = ['message', 'time', 'notification', 'alert', 'ready', 'reset'] as const;
/** No generated events: a test sees only what it publishes. */
export const quiet = { timeEveryMs: 0, notificationEveryMs: 0, alertEveryMs: 0 };

type FeedClient = ReturnType<typeof openFeed>;

export function useFeedServer() {
  let server: RunningServer | undefined;
  const feeds: FeedClient[] = [];
  beforeAll(async () => {
    server = await createServer({
      port: 0,
      foreignPort: 0,
      distDir: 'dist',
      feed: { ...quiet, retryMs: 50, heartbeatMs: 100 },
    });
  });
  afterAll(async () => {
    for (const client of feeds) client.close();
    await server?.close();
  });
  const running = () => {
    if (!server) throw new Error('the server is not up yet (use it inside a test)');
    return server;
  };
  const lab = {
    get server() {
      return running();
    },
    get base() {
      return `http://127.0.0.1:${running().ports.app}`;
    },
    /** Closes this client when the file is done. */
    keep(client: FeedClient) {
      feeds.push(client);
      return client;
    },
    feed: (path = '/sse') => lab.keep(openFeed(`${lab.base}${path}`, TYPES)),
    publish: (body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${lab.base}/api/sse/publish`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    info: () =>
      fetch(`${lab.base}/api/info`).then((r) => r.json()) as Promise<{
        sse: { subscribers: number; counters: Record<string, number> };
      }>,
  };
  return lab;
}
