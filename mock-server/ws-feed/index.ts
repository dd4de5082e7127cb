// `/ws/feed?after=<id>`: the feed of `/sse` as WebSocket frames, for the page that lays the three
// ways side by side. It starts like an SSE stream (sse-feed/resume.ts: a `ready` frame with where
// it stands, a `reset` when `after` can't be resumed exactly), replays what the reader missed with
// backpressure, then goes live. A WebSocket has no Last-Event-ID: the page sends its cursor itself.
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { FEED_WS_LIMITS, type FeedFrame } from '../../src/shared/feed-ways';
import { SSE_LIMITS, type SseReady } from '../../src/shared/server-protocol';
import type { Refusal } from '../classroom';
import { logCaught, type GuardCounters } from '../guard/errors';
import { parseTarget } from '../guard/url';
import { backplaneRefusal } from '../hub/backplane';
import { serverText } from '../../src/shared/server-words';
import { parseHubId } from '../hub/ids';
import type { Hub } from '../hub/types';
import { startFrom } from '../sse-feed/resume';
import type { Wire } from '../wire/index';
import { createUpgradeGate, rejectUpgrade } from '../ws-chat/upgrade';
import { createFeedSocketCounters } from './counters';
import { replayThenLive, type FeedSocket } from './replay';

export type FeedWsOptions = {
  hub: Hub;
  guards: GuardCounters;
  wire: Wire;
  isAllowedOrigin: (origin: string | undefined) => boolean;
  checkJoinCode?: (req: IncomingMessage) => Refusal | null;
  maxSockets?: number;
  maxBufferedBytes?: number;
  heartbeatMs?: number;
};

export type FeedWs = ReturnType<typeof createFeedWs>;

export function createFeedWs(options: FeedWsOptions) {
  const { hub } = options;
  const limits = {
    maxSockets: options.maxSockets ?? FEED_WS_LIMITS.maxSockets,
    maxBufferedBytes: options.maxBufferedBytes ?? FEED_WS_LIMITS.maxBufferedBytes,
  };
  const counters = createFeedSocketCounters();
  // A reader sends nothing but pongs and its close: 1 KiB is plenty.
  const wss = new WebSocketServer({ noServer: true, maxPayload: 1024, clientTracking: false });
  const sockets = new Set<FeedSocket>();
  const gate = createUpgradeGate(
    { ...options, maxConnections: limits.maxSockets, full: 'feed-sockets-full' },
    counters,
    () => sockets.size,
  );
  const heartbeat = setInterval(() => {
    for (const socket of sockets) {
      if (!socket.alive) {
        counters.terminated++;
        socket.ws.terminate();
        continue;
      }
      socket.alive = false;
      socket.ws.ping();
    }
  }, options.heartbeatMs ?? FEED_WS_LIMITS.heartbeatMs);
  heartbeat.unref();

  async function serve(socket: FeedSocket, after: string | null) {
    const start = await startFrom(hub, after);
    if (start.reset) counters.resets++;
    const head = parseHubId(start.head);
    const ready: SseReady = {
      epoch: start.epoch,
      retryMs: SSE_LIMITS.retryMs,
      resumedFrom: after,
      replayed: start.replayed,
      lastId: head && head.seq > 0 ? start.head : null,
    };
    if (start.reset) socket.send({ type: 'reset', reset: start.reset } satisfies FeedFrame);
    socket.send({ type: 'ready', ready } satisfies FeedFrame);
    counters.replayed += await replayThenLive(hub, socket, start);
  }

  function onSocket(ws: WebSocket, req: IncomingMessage, after: string | null) {
    counters.accepted++;
    const tracked = options.wire.track('ws', req, req.socket as Socket, true);
    const address = req.socket.remoteAddress ?? '';
    gate.opened(address);
    const socket: FeedSocket = {
      ws,
      alive: true,
      subscription: null,
      send(frame) {
        if (ws.readyState !== ws.OPEN) return;
        // Live frames never wait; past the bound the reader is cut and resumes with its cursor.
        ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
        if (ws.bufferedAmount > limits.maxBufferedBytes) {
          counters.slowCut++;
          ws.close(1013, serverText('close-behind'));
        }
      },
    };
    sockets.add(socket);
    ws.on('pong', () => (socket.alive = true));
    ws.on('error', () => undefined);
    ws.on('close', () => {
      sockets.delete(socket);
      socket.subscription?.close();
      gate.closed(address);
      tracked.done();
    });
    serve(socket, after).catch((error: unknown) => {
      if (backplaneRefusal(error) === null) {
        options.guards.feedWs++;
        logCaught('feedWs', error);
      }
      ws.close(1011, serverText('close-unreadable'));
    });
  }

  return {
    handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer) {
      if (!gate.admit(req, socket)) return;
      const after = parseTarget(req.url)?.searchParams.get('after') ?? null;
      if (after !== null && (after.length > 64 || !parseHubId(after))) {
        counters.badInput++;
        return rejectUpgrade(socket, '400 Bad Request', serverText('upgrade-after'));
      }
      wss.handleUpgrade(req, socket, head, (ws) => onSocket(ws, req, after));
    },
    info: () => ({ sockets: sockets.size, counters: { ...counters } }),
    limits: () => {
      let bufferedBytes = 0;
      for (const socket of sockets) bufferedBytes += socket.ws.bufferedAmount;
      return { ...limits, sockets: sockets.size, bufferedBytes };
    },
    /** The teacher's button: every socket is cut without a close frame (like a network drop). */
    dropAll(): number {
      const count = sockets.size;
      counters.dropped += count;
      for (const socket of sockets) socket.ws.terminate();
      return count;
    },
    close() {
      clearInterval(heartbeat);
      for (const socket of sockets) socket.ws.close(1001, serverText('close-feed-shutdown'));
    },
  };
}
