// `/sse`: one feed every EventSource shares, its events kept in the hub (the last 1,000), each with
// the hub's id `<epoch>-<seq>`, so a browser that reconnects with Last-Event-ID gets exactly what it
// missed. An id from an earlier epoch (the server restarted) or older than the history gets a
// `reset` that says so. The parts: resume.ts (where a stream starts), stream.ts (backpressure,
// replay, the backlog bound), generated.ts (the feed's own clock), record.ts (the wire format).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Envelope } from '../../src/shared/envelope';
import {
  SSE_LIMITS,
  type PublishEvent,
  type SseEventType,
  type SseReady,
} from '../../src/shared/server-protocol';
import { logCaught, type GuardCounters } from '../guard/errors';
import { backplaneRefusal } from '../hub/backplane';
import { said } from '../../src/shared/server-words';
import { parseHubId } from '../hub/ids';
import { FEED_TOPIC } from '../hub/topics';
import type { Hub } from '../hub/types';
import { sendJson } from '../http-util';
import type { Refusal } from '../classroom';
import { createFeedCounters, type FeedCounters } from './counters';
import { startGenerated, type GeneratedOptions } from './generated';
import { record } from './record';
import { lastEventIdOf, startFrom } from './resume';
import { createStream, replayThenLive, type Stream } from './stream';
import { admit } from './door';
import type { Wire } from '../wire/index';
import type { Socket } from 'node:net';

export type { FeedCounters };

export type FeedOptions = GeneratedOptions & {
  hub: Hub;
  guards: GuardCounters;
  /** Counts each stream's bytes on the wire (the long-poll page compares the three ways). */
  wire?: Wire;
  isAllowedOrigin: (origin: string | undefined) => boolean;
  checkJoinCode?: (req: IncomingMessage) => Refusal | null;
  retryMs?: number;
  heartbeatMs?: number;
  /** Events kept for resume (the hub's retention for the feed topic). */
  replay?: number;
  maxBacklogBytes?: number;
  maxStreams?: number;
};

export type FeedInfo = {
  subscribers: number;
  epoch: string;
  lastId: string | null;
  buffered: number;
  retryMs: number;
  counters: FeedCounters;
};

export type Feed = ReturnType<typeof createFeed>;

export function createFeed(options: FeedOptions) {
  const { hub } = options;
  const retryMs = options.retryMs ?? SSE_LIMITS.retryMs;
  const limits = {
    maxBacklogBytes: options.maxBacklogBytes ?? SSE_LIMITS.maxBacklogBytes,
    maxStreams: options.maxStreams ?? SSE_LIMITS.maxStreams,
    replay: options.replay ?? SSE_LIMITS.replay,
  };
  const streams = new Set<Stream>();
  const counters = createFeedCounters();
  const view = { head: '', buffered: 0 };
  void hub.head(FEED_TOPIC).then((head) => (view.head = head));

  async function publish(
    event: PublishEvent | SseEventType,
    envelope: Envelope,
  ): Promise<{ id: string; delivered: number }> {
    const entry = await hub.publish(FEED_TOPIC, { kind: event, data: JSON.stringify(envelope) });
    counters.published++;
    view.head = entry.id;
    return { id: entry.id, delivered: streams.size };
  }

  const timers = startGenerated(options, () => streams.size > 0, publish);
  const heartbeat = setInterval(() => {
    for (const stream of streams) stream.write(': heartbeat\n\n');
  }, options.heartbeatMs ?? SSE_LIMITS.heartbeatMs);
  heartbeat.unref();
  timers.push(heartbeat);

  function open(req: IncomingMessage, res: ServerResponse) {
    const cors = admit(req, res, {
      ...options,
      counters,
      full: () => streams.size >= limits.maxStreams,
    });
    if (!cors) return;
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
      'X-Content-Type-Options': 'nosniff',
      ...cors,
    });
    counters.served++;
    const tracked = options.wire?.track('sse', req, req.socket as Socket);
    const stream = createStream(res, limits.maxBacklogBytes, () => counters.slowCut++);
    streams.add(stream);
    res.on('close', () => {
      streams.delete(stream);
      stream.close();
      tracked?.done();
    });
    void serve(req, stream).catch((error: unknown) => {
      // Redis unreachable is an outage, not a bug: the browser retries after `retry`.
      if (backplaneRefusal(error) === null) {
        options.guards.sse++;
        logCaught('sse', error);
      }
      stream.close();
    });
  }

  async function serve(req: IncomingMessage, stream: Stream) {
    const lastId = lastEventIdOf(req);
    const start = await startFrom(hub, lastId);
    if (start.reset) counters.resets++;
    const head = parseHubId(start.head);
    const ready: SseReady = {
      epoch: start.epoch,
      retryMs,
      resumedFrom: lastId,
      replayed: start.replayed,
      lastId: head && head.seq > 0 ? start.head : null,
    };
    let text = `retry: ${retryMs}\n\n`;
    if (start.reset) text += record('reset', JSON.stringify(start.reset));
    // `ready` carries the position this stream starts from, so a client that drops before any
    // other event still reconnects with a Last-Event-ID and misses nothing.
    text += record('ready', JSON.stringify(ready), start.cursor);
    if (!(await stream.writeAndWait(text))) return;
    counters.replayed += await replayThenLive(hub, stream, start);
  }

  return {
    handle(req: IncomingMessage, res: ServerResponse) {
      try {
        open(req, res);
      } catch (error) {
        options.guards.sse++;
        logCaught('sse', error);
        if (!res.headersSent)
          sendJson(res, 500, {
            error: 'internal',
            ...said('feed-failed'),
          });
        else res.destroy();
      }
    },
    publish,
    info(): FeedInfo {
      const head = parseHubId(view.head);
      return {
        subscribers: streams.size,
        epoch: head?.origin ?? '',
        lastId: head && head.seq > 0 ? view.head : null,
        buffered: Math.min(head?.seq ?? 0, limits.replay),
        retryMs,
        counters: { ...counters },
      };
    },
    limits: () => {
      let backlogBytes = 0;
      for (const stream of streams) backlogBytes += stream.res.writableLength;
      return { ...limits, streams: streams.size, backlogBytes };
    },
    countRejectedPublish() {
      counters.rejectedPublish++;
    },
    /** The teacher's button: every stream breaks; browsers reconnect after `retry` ms. */
    dropAll(): number {
      const count = streams.size;
      counters.dropped += count;
      for (const stream of streams) stream.close();
      streams.clear();
      return count;
    },
    close() {
      for (const timer of timers) clearInterval(timer);
      for (const stream of streams) stream.res.end();
      streams.clear();
    },
  };
}
