// Where every request and upgrade enters: the Host check, a target that parses, then routing by
// path (API, feed, chat, files), each inside a guard that turns an exception into an answer.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { PATHS } from '../src/shared/endpoints';
import { handleApi, type ApiContext } from './api';
import type { createHostCheck } from './doors';
import { logCaught, type GuardCounters } from './guard/errors';
import { parseTarget } from './guard/url';
import { sendJson } from './http-util';
import { applyHeaders } from './isolation';
import type { AppHandler } from './options';
import type { Poll } from './long-poll/index';
import type { Feed } from './sse-feed/index';
import type { FeedWs } from './ws-feed/index';
import type { Chat } from './ws-chat/index';
import { rejectUpgrade } from './ws-chat/upgrade';
import { said, serverText } from '../src/shared/server-words';

type EntryDeps = {
  hosts: ReturnType<typeof createHostCheck>;
  guards: GuardCounters;
  chat: Chat;
  feed: Feed;
  poll: Poll;
  feedWs: FeedWs;
  context: ApiContext;
  mounted: { app?: AppHandler };
  serveStatic: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  /** Cross-origin isolation headers for a page or worker path (isolation.ts), or none. */
  isolation: (pathname: string) => Readonly<Record<string, string>> | null;
};

export function createEntry({
  hosts,
  guards,
  chat,
  feed,
  poll,
  feedWs,
  context,
  mounted,
  serveStatic,
  isolation,
}: EntryDeps) {
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const fail = (error: unknown) => {
      guards.http++;
      logCaught('http', error);
      if (!res.headersSent)
        sendJson(res, 500, {
          error: 'internal',
          ...said('internal-console'),
        });
      else res.destroy();
    };
    try {
      const hostCheck = hosts.check(req);
      if (!hostCheck.ok)
        return sendJson(res, hostCheck.status, { error: 'host', ...hostCheck.said });
      const target = parseTarget(req.url);
      if (!target) hosts.counters.badTarget++;
      if (!target)
        return sendJson(res, 400, {
          error: 'bad-target',
          ...said('bad-target'),
        });
      const url = req.url ?? '/';
      // Held, like a stream: it answers itself (its own door, CORS and byte counts).
      if (target.pathname === PATHS.poll) return poll.handle(req, res);
      if (url.startsWith('/api/')) return handleApi(req, res, context);
      if (target.pathname === PATHS.sse) return feed.handle(req, res);
      // Set before the files (or Vite) answer: both keep headers already set on the response.
      const isolated = isolation(target.pathname);
      if (isolated) applyHeaders(res, isolated);
      if (mounted.app)
        return mounted.app(req, res, () => sendJson(res, 404, { error: 'not-found' }));
      serveStatic(req, res).catch(fail);
    } catch (error) {
      fail(error);
    }
  };

  // WebSocket upgrades, routed by path; anything else is refused (Vite's HMR has its own port).
  const upgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => undefined);
    try {
      const hostCheck = hosts.check(req);
      if (!hostCheck.ok) {
        const status = hostCheck.status === 421 ? '421 Misdirected Request' : '400 Bad Request';
        return rejectUpgrade(socket, status, hostCheck.said.message);
      }
      const target = parseTarget(req.url);
      if (target?.pathname === PATHS.ws) return chat.handleUpgrade(req, socket, head);
      if (target?.pathname === PATHS.feedWs) return feedWs.handleUpgrade(req, socket, head);
      if (target) hosts.counters.upgradeNotFound++;
      else hosts.counters.badTarget++;
      rejectUpgrade(
        socket,
        target ? '404 Not Found' : '400 Bad Request',
        serverText('no-websocket'),
      );
    } catch (error) {
      guards.upgrade++;
      logCaught('upgrade', error);
      rejectUpgrade(socket, '500 Internal Server Error', serverText('upgrade-failed'));
    }
  };
  return { handler, upgrade };
}
