import type { IncomingMessage, ServerResponse } from 'node:http';
import { PATHS } from '../src/shared/endpoints';
import { isRoomName, parsePublish, SSE_LIMITS } from '../src/shared/server-protocol';
import { logCaught, type GuardCounters } from './guard/errors';
import { parseTarget } from './guard/url';
import { readJson, sendJson } from './http-util';
import { codeFrom, joinCodeMatches } from './lan';
import { isAllowedOrigin } from './origins';
import type { Feed } from './sse-feed';
import type { Chat } from './ws-chat';

export type ApiContext = {
  startedAt: number;
  allowedOrigins: ReadonlySet<string>;
  urls: { app: string; foreign: string };
  /** The classroom URL in LAN mode. */
  lan: string | null;
  joinCode: string | undefined;
  chat: Chat;
  feed: Feed;
  /** API requests refused for their Origin. */
  rejectedOrigins: { count: number };
  guards: GuardCounters;
};

type Route = (
  req: IncomingMessage,
  res: ServerResponse,
  context: ApiContext,
  send: (status: number, body: unknown) => void,
  match: RegExpExecArray,
) => void | Promise<void>;

const routes: { method: string; path: RegExp; handle: Route }[] = [
  {
    method: 'GET',
    path: /^\/api\/health$/,
    handle: (_req, _res, context, send) =>
      send(200, {
        ok: true,
        name: 'comms-lab',
        uptimeMs: Date.now() - context.startedAt,
        urls: context.urls,
        paths: { ws: PATHS.ws, sse: PATHS.sse },
        lan: context.lan,
        joinCode: context.joinCode ? 'required' : 'none',
      }),
  },
  {
    method: 'GET',
    path: /^\/api\/join-check$/,
    handle: (req, _res, context, send) =>
      joinCodeMatches(context.joinCode, codeFrom(req.url))
        ? send(200, { ok: true })
        : send(403, { error: 'join-code', message: 'That join code is not right.' }),
  },
  {
    method: 'GET',
    path: /^\/api\/info$/,
    handle: (_req, _res, context, send) =>
      send(200, {
        uptimeMs: Date.now() - context.startedAt,
        ws: context.chat.info(),
        sse: context.feed.info(),
        api: { rejectedOrigins: context.rejectedOrigins.count },
        errors: { ...context.guards },
      }),
  },
  {
    method: 'GET',
    path: /^\/api\/rooms\/([^/]+)\/history$/,
    handle: (_req, _res, context, send, match) => {
      const room = match[1] ?? '';
      // Room names are a-z, 0-9 and dashes: nothing to decode, and a bad `%` escape is just a bad name.
      if (!isRoomName(room))
        return send(400, {
          error: 'bad-room',
          message: 'A room is a-z, 0-9 and dashes, 1–32 long.',
        });
      send(200, { room, messages: context.chat.history(room) });
    },
  },
  {
    method: 'POST',
    path: /^\/api\/sse\/publish$/,
    handle: async (req, _res, context, send) => {
      const body = await readJson(req, SSE_LIMITS.publishMax);
      if (!body.ok) {
        context.feed.countRejectedPublish();
        return send(body.status, { error: 'bad-body', message: body.message });
      }
      const parsed = parsePublish(body.value);
      if (!parsed.ok) {
        context.feed.countRejectedPublish();
        return send(400, { error: 'bad-body', message: parsed.reason });
      }
      send(200, context.feed.publish(parsed.request.event, parsed.request.envelope));
    },
  },
  {
    method: 'POST',
    path: /^\/api\/admin\/drop$/,
    handle: async (req, _res, context, send) => {
      const body = await readJson(req, 1024);
      const how = body.ok && (body.value as { how?: unknown } | null)?.how === 'close';
      send(200, {
        websockets: context.chat.dropAll(how ? 'close' : 'terminate'),
        streams: context.feed.dropAll(),
      });
    },
  },
];

/** `/api/*`. Cross-origin callers must be on the allowlist; others get a 403 that says why. */
export function handleApi(req: IncomingMessage, res: ServerResponse, context: ApiContext): void {
  const origin = req.headers.origin;
  const cors: Record<string, string> = {};
  if (origin !== undefined) {
    if (!isAllowedOrigin(origin, context.allowedOrigins)) {
      context.rejectedOrigins.count++;
      sendJson(res, 403, {
        error: 'origin-not-allowed',
        message: `Origin ${origin} is not on this server's allowlist.`,
      });
      return;
    }
    cors['Access-Control-Allow-Origin'] = origin;
    cors.Vary = 'Origin';
  }
  if (req.method === 'OPTIONS') {
    res
      .writeHead(204, {
        ...cors,
        'Access-Control-Allow-Methods': 'GET, POST',
        'Access-Control-Allow-Headers': 'Content-Type',
      })
      .end();
    return;
  }
  const send = (status: number, body: unknown) => sendJson(res, status, body, cors);
  const target = parseTarget(req.url);
  if (!target)
    return send(400, { error: 'bad-target', message: 'The request target is not a URL.' });
  const { pathname } = target;
  const method = req.method === 'HEAD' ? 'GET' : req.method;
  let allowed = false;
  for (const route of routes) {
    const match = route.path.exec(pathname);
    if (!match) continue;
    allowed = true;
    if (route.method !== method) continue;
    void Promise.resolve()
      .then(() => route.handle(req, res, context, send, match))
      .catch((error: unknown) => {
        context.guards.http++;
        logCaught('http', error);
        if (!res.headersSent) send(500, { error: 'internal', message: 'The server hit an error.' });
      });
    return;
  }
  if (allowed)
    return send(405, { error: 'method', message: `${req.method} is not allowed on ${pathname}.` });
  send(404, { error: 'not-found', message: `No API at ${req.method} ${pathname}.` });
}
