// `/sse`: one feed every EventSource shares. Each event has the id `<epoch>-<seq>`; the last 1,000
// are kept, so a browser that reconnects with Last-Event-ID gets exactly what it missed. An id from
// an earlier epoch (the server restarted) or older than the buffer gets a `reset` that says so.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ENVELOPE_VERSION, type Envelope } from '../src/shared/envelope';
import {
  formatEventId,
  parseEventId,
  SERVER_PEER,
  SSE_LIMITS,
  type PublishEvent,
  type SseEventType,
  type SseReady,
  type SseReset,
} from '../src/shared/server-protocol';
import { RingBuffer } from '../src/lib/ring-buffer';
import { sendJson } from './http-util';
import { logCaught, type GuardCounters } from './guard/errors';
import { parseTarget } from './guard/url';
import { codeFrom, joinCodeMatches } from './lan';

export type FeedOptions = {
  isAllowedOrigin: (origin: string | undefined) => boolean;
  /** When set, the stream must be asked for with ?code=<it> (classroom mode). */
  joinCode?: string;
  retryMs?: number;
  heartbeatMs?: number;
  /** 0 switches the generated events off (tests). */
  timeEveryMs?: number;
  notificationEveryMs?: number;
  alertEveryMs?: number;
  replay?: number;
  guards: GuardCounters;
};

type Stored = { seq: number; chunk: string };

export type FeedCounters = {
  served: number;
  published: number;
  rejectedPublish: number;
  rejectedOrigin: number;
  rejectedCode: number;
  replayed: number;
  resets: number;
  dropped: number;
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

const TOPICS = ['quiz', 'homework', 'reminder'] as const;
const ALERTS = ['cpu', 'disk', 'memory'] as const;

/** One SSE record. JSON has no raw newlines, so one `data:` line is enough. */
function record(
  event: PublishEvent | SseEventType | 'ready' | 'reset',
  data: string,
  id?: string,
): string {
  return `${id === undefined ? '' : `id: ${id}\n`}${event === 'message' ? '' : `event: ${event}\n`}data: ${data}\n\n`;
}

export function createFeed(options: FeedOptions) {
  const retryMs = options.retryMs ?? SSE_LIMITS.retryMs;
  const capacity = options.replay ?? SSE_LIMITS.replay;
  // Base-36 milliseconds: a later start has a different epoch, so old ids are never ambiguous.
  const epoch = Date.now().toString(36);
  const subscribers = new Set<ServerResponse>();
  const buffer = new RingBuffer<Stored>(capacity);
  let seq = 0;
  let serverSeq = 0;
  let notifications = 0;
  const counters: FeedCounters = {
    served: 0,
    published: 0,
    rejectedPublish: 0,
    rejectedOrigin: 0,
    rejectedCode: 0,
    replayed: 0,
    resets: 0,
    dropped: 0,
  };

  function publish(
    event: PublishEvent | SseEventType,
    envelope: Envelope,
  ): { id: string; delivered: number } {
    seq++;
    const id = formatEventId(epoch, seq);
    const chunk = record(event, JSON.stringify(envelope), id);
    buffer.push({ seq, chunk });
    counters.published++;
    for (const res of subscribers) res.write(chunk);
    return { id, delivered: subscribers.size };
  }

  function fromServer(event: SseEventType, body: unknown) {
    publish(event, {
      v: ENVELOPE_VERSION,
      id: randomUUID(),
      mechanism: 'server-sent-events',
      sender: SERVER_PEER,
      kind: event === 'message' ? 'chat' : event,
      body,
      sentAt: Date.now(),
      seq: ++serverSeq,
    });
  }

  // Generated events only while someone listens: an empty room needs no clock.
  const timers: NodeJS.Timeout[] = [];
  const every = (ms: number | undefined, fallback: number, tick: () => void) => {
    const period = ms ?? fallback;
    if (period <= 0) return;
    const timer = setInterval(() => {
      if (subscribers.size > 0) tick();
    }, period);
    timer.unref();
    timers.push(timer);
  };
  every(options.timeEveryMs, SSE_LIMITS.timeEveryMs, () =>
    fromServer('time', { iso: new Date().toISOString() }),
  );
  every(options.notificationEveryMs, 15_000, () => {
    notifications++;
    fromServer('notification', { topic: TOPICS[notifications % TOPICS.length], n: notifications });
  });
  every(options.alertEveryMs, 45_000, () =>
    fromServer('alert', {
      level: 'warning',
      topic: ALERTS[Math.floor(Math.random() * ALERTS.length)],
      percent: 80 + Math.floor(Math.random() * 20),
    }),
  );
  const heartbeat = setInterval(() => {
    for (const res of subscribers) res.write(': heartbeat\n\n');
  }, options.heartbeatMs ?? SSE_LIMITS.heartbeatMs);
  heartbeat.unref();
  timers.push(heartbeat);

  /** What a reconnecting client missed, or why that cannot be known. */
  function resume(lastId: string): { replay: Stored[]; reset?: SseReset } {
    const parsed = parseEventId(lastId);
    const oldest = buffer.at(0)?.seq ?? seq + 1;
    if (!parsed || (parsed.epoch === epoch && parsed.seq > seq))
      return {
        replay: [],
        reset: { reason: 'unreadable', resumedFrom: lastId, lost: null, epoch },
      };
    if (parsed.epoch !== epoch)
      return {
        replay: buffer.toArray(),
        reset: { reason: 'server-restarted', resumedFrom: lastId, lost: null, epoch },
      };
    if (parsed.seq < oldest - 1)
      return {
        replay: buffer.toArray(),
        reset: { reason: 'too-old', resumedFrom: lastId, lost: oldest - 1 - parsed.seq, epoch },
      };
    return { replay: buffer.toArray().filter((stored) => stored.seq > parsed.seq) };
  }

  function handle(req: IncomingMessage, res: ServerResponse) {
    try {
      handleUnguarded(req, res);
    } catch (error) {
      options.guards.sse++;
      logCaught('sse', error);
      if (!res.headersSent)
        sendJson(res, 500, { error: 'internal', message: 'The feed could not serve this stream.' });
      else res.destroy();
    }
  }

  function handleUnguarded(req: IncomingMessage, res: ServerResponse) {
    const origin = req.headers.origin;
    const cors: Record<string, string> = {};
    if (origin !== undefined) {
      if (!options.isAllowedOrigin(origin)) {
        counters.rejectedOrigin++;
        sendJson(res, 403, {
          error: 'origin-not-allowed',
          message: `Origin ${origin} may not read this feed.`,
        });
        return;
      }
      cors['Access-Control-Allow-Origin'] = origin;
      cors.Vary = 'Origin';
    }
    if (!joinCodeMatches(options.joinCode, codeFrom(req.url))) {
      counters.rejectedCode++;
      sendJson(
        res,
        403,
        { error: 'join-code', message: 'This class needs its join code (?code=…).' },
        cors,
      );
      return;
    }
    if (req.method !== 'GET') {
      sendJson(res, 405, { error: 'method', message: 'The feed is read with GET.' }, cors);
      return;
    }
    // The browser sends Last-Event-ID itself when it reconnects; a page that closed and opens a
    // new EventSource passes it as ?lastEventId= (EventSource cannot set headers).
    const query = parseTarget(req.url)?.searchParams.get('lastEventId') ?? null;
    const header = req.headers['last-event-id'];
    const lastId = (typeof header === 'string' && header) || query || null;
    const { replay, reset } = lastId ? resume(lastId) : { replay: [] };
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
      'X-Content-Type-Options': 'nosniff',
      ...cors,
    });
    counters.served++;
    if (reset) counters.resets++;
    counters.replayed += replay.length;
    const ready: SseReady = {
      epoch,
      retryMs,
      resumedFrom: lastId,
      replayed: replay.length,
      lastId: seq > 0 ? formatEventId(epoch, seq) : null,
    };
    let head = `retry: ${retryMs}\n\n`;
    if (reset) head += record('reset', JSON.stringify(reset));
    // `ready` carries the position this stream starts from, so a client that drops before any
    // other event still reconnects with a Last-Event-ID and misses nothing.
    head += record(
      'ready',
      JSON.stringify(ready),
      formatEventId(epoch, (replay[0]?.seq ?? seq + 1) - 1),
    );
    for (const stored of replay) head += stored.chunk;
    res.write(head);
    subscribers.add(res);
    const cleanup = () => subscribers.delete(res);
    req.on('close', cleanup);
    res.on('error', cleanup);
  }

  return {
    handle,
    publish,
    info(): FeedInfo {
      return {
        subscribers: subscribers.size,
        epoch,
        lastId: seq > 0 ? formatEventId(epoch, seq) : null,
        buffered: buffer.length,
        retryMs,
        counters: { ...counters },
      };
    },
    countRejectedPublish() {
      counters.rejectedPublish++;
    },
    /** The teacher's button: every stream breaks; browsers reconnect after `retry` ms. */
    dropAll(): number {
      const count = subscribers.size;
      counters.dropped += count;
      for (const res of subscribers) res.destroy();
      subscribers.clear();
      return count;
    },
    close() {
      for (const timer of timers) clearInterval(timer);
      for (const res of subscribers) res.end();
      subscribers.clear();
    },
  };
}
