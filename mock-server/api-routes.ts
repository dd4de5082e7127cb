// The REST routes. `guard`: 'open' (health), 'class' (needs the join code in classroom mode),
// 'teacher' (the join code and the teacher token).
import type { IncomingMessage } from 'node:http';
import { PATHS } from '../src/shared/endpoints';
import { isRoomName, parsePublish, SSE_LIMITS } from '../src/shared/server-protocol';
import type { Classroom } from './classroom';
import type { ClusterControl } from './cluster/control';
import { clusterRoutes } from './cluster/routes';
import type { GuardCounters } from './guard/errors';
import { readJson } from './http-util';
import { backplaneOf, backplaneRefusal, instancesOf } from './hub/backplane';
import { roomTopic } from './hub/topics';
import type { Hub } from './hub/types';
import type { Poll } from './long-poll/index';
import type { Feed } from './sse-feed/index';
import { clientOf, type Wire } from './wire/index';
import type { FeedWs } from './ws-feed/index';
import type { Chat } from './ws-chat/index';
import { said } from '../src/shared/server-words';

export type ApiContext = {
  startedAt: number;
  allowedOrigins: ReadonlySet<string>;
  urls: { app: string; foreign: string };
  /** The classroom URL in LAN mode. */
  lan: string | null;
  classroom: Classroom;
  hub: Hub;
  chat: Chat;
  feed: Feed;
  /** The instances sharing the hub, and the teacher's "stop this instance". */
  cluster: ClusterControl;
  /** Each topic's history bound in data bytes: a room's, and the feed's. */
  topicBytes: { room: number; feed: number };
  /** Clients this instance serves now (chat connections and feed streams). */
  clients: () => Promise<number>;
  poll: Poll;
  feedWs: FeedWs;
  wire: Wire;
  /** API requests refused for their Origin. */
  rejectedOrigins: { count: number };
  guards: GuardCounters;
  hosts: { rejectedHost: number; badTarget: number; upgradeNotFound: number };
};

export type Send = (status: number, body: unknown) => void;
export type Route = {
  method: 'GET' | 'POST';
  path: RegExp;
  guard: 'open' | 'class' | 'teacher';
  handle: (
    req: IncomingMessage,
    context: ApiContext,
    send: Send,
    match: RegExpExecArray,
  ) => unknown;
};

async function info(context: ApiContext) {
  const { classroom, hub, chat, feed } = context;
  return {
    uptimeMs: Date.now() - context.startedAt,
    // Where the class state lives; with Redis, whether it is reachable and who shares it.
    backplane: backplaneOf(hub),
    instances: await instancesOf(hub),
    // Room presence is read from the hub: while the backplane is down, say so instead of failing.
    ws: await chat.info().catch((error: unknown) => {
      const reason = backplaneRefusal(error);
      if (reason === null) throw error;
      return { unavailable: reason.message };
    }),
    sse: feed.info(),
    poll: context.poll.info(),
    feedWs: context.feedWs.info(),
    // Bytes on the wire per way of reading the feed, counted from the sockets.
    wire: context.wire.stats().total,
    api: {
      rejectedOrigins: context.rejectedOrigins.count,
      ...context.hosts,
    },
    errors: { ...context.guards },
    classroom: {
      joinCode: Boolean(classroom.joinCode),
      teacherToken: Boolean(classroom.teacherToken),
      ...classroom.counters,
    },
    // Every bound, what it holds now, and what it refused.
    bounds: {
      ws: chat.limits(),
      sse: feed.limits(),
      poll: context.poll.limits(),
      feedWs: context.feedWs.limits(),
      history: { ...hub.stats(), maxBytesPerTopic: context.topicBytes },
    },
  };
}

export const routes: Route[] = [
  {
    method: 'GET',
    path: /^\/api\/health$/,
    guard: 'open',
    handle: (_req, context, send) =>
      send(200, {
        ok: true,
        name: 'comms-lab',
        uptimeMs: Date.now() - context.startedAt,
        urls: context.urls,
        paths: { ws: PATHS.ws, sse: PATHS.sse },
        lan: context.lan,
        joinCode: context.classroom.joinCode ? 'required' : 'none',
        teacherToken: context.classroom.teacherToken ? 'required' : 'none',
      }),
  },
  {
    method: 'GET',
    path: /^\/api\/join-check$/,
    guard: 'class',
    handle: (_r, _c, send) => send(200, { ok: true }),
  },
  {
    method: 'GET',
    path: /^\/api\/teacher-check$/,
    guard: 'teacher',
    handle: (_r, _c, send) => send(200, { ok: true }),
  },
  {
    method: 'GET',
    path: /^\/api\/info$/,
    guard: 'class',
    handle: async (_req, context, send) => send(200, await info(context)),
  },
  {
    method: 'GET',
    path: /^\/api\/wire$/,
    guard: 'class',
    // `?client=<name>`: that reader's own counts beside the totals (its polls, stream and socket).
    handle: (req, context, send) => send(200, context.wire.stats(clientOf(req))),
  },
  {
    method: 'GET',
    path: /^\/api\/rooms\/([^/]+)\/history$/,
    guard: 'class',
    handle: async (_req, context, send, match) => {
      // Room names are a-z, 0-9 and dashes: nothing to decode; a bad `%` escape is a bad name.
      const room = match[1] ?? '';
      if (!isRoomName(room)) return send(400, { error: 'bad-room', ...said('bad-room') });
      const page = await context.hub.read(roomTopic(room), { limit: 50 });
      const messages = page.entries
        .filter((entry) => entry.kind === 'chat')
        .map((entry) => JSON.parse(entry.data) as unknown);
      send(200, { room, messages });
    },
  },
  {
    method: 'POST',
    path: /^\/api\/sse\/publish$/,
    guard: 'class',
    handle: async (req, context, send) => {
      const body = await readJson(req, SSE_LIMITS.publishMax);
      if (!body.ok) {
        context.feed.countRejectedPublish();
        return send(body.status, { error: 'bad-body', ...body.said });
      }
      const parsed = parsePublish(body.value);
      if (!parsed.ok) {
        context.feed.countRejectedPublish();
        return send(400, { error: 'bad-body', ...said('body-invalid', { detail: parsed.reason }) });
      }
      send(200, await context.feed.publish(parsed.request.event, parsed.request.envelope));
    },
  },
  {
    method: 'POST',
    path: /^\/api\/admin\/drop$/,
    guard: 'teacher',
    handle: async (req, context, send) => {
      const body = await readJson(req, 1024);
      // A JSON body only: a cross-site form cannot send one without a CORS preflight.
      if (!body.ok) return send(body.status, { error: 'bad-body', ...body.said });
      const how = (body.value as { how?: unknown } | null)?.how === 'close';
      send(200, {
        websockets: context.chat.dropAll(how ? 'close' : 'terminate'),
        streams: context.feed.dropAll(),
        polls: context.poll.dropAll(),
        feedSockets: context.feedWs.dropAll(),
      });
    },
  },
  ...clusterRoutes,
];
