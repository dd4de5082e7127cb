// The feed (`/sse`) read two more ways: one held request at a time (`/api/poll`) and as WebSocket
// frames (`/ws/feed`). Same event ids, same resume: a cursor is the id of the last event a reader
// has, exactly like SSE's Last-Event-ID. Pure: shared by the server and the pages.
import type { SseReady, SseReset } from './server-protocol';

export const POLL_LIMITS = {
  /** A poll with nothing to answer is held this long, then answered 204 (ask again). */
  waitMs: 25_000,
  /** Events in one answer; `more` says another poll will find the rest at once. */
  page: 100,
  /** Polls held open at once, for the whole server. */
  maxHeld: 1000,
  /** Polls held at once from one address (loopback too: tabs of one machine share it). */
  maxHeldPerAddress: 32,
  /** Token bucket per address: poll requests per second, and the burst. */
  ratePerSecond: 20,
  burst: 40,
  /** A cursor is short; longer is not one. */
  maxCursor: 64,
} as const;

export const FEED_WS_LIMITS = {
  maxSockets: 5000,
  /** A socket holding more than this unsent is cut with 1013 (it resumes with `after`). */
  maxBufferedBytes: 1024 * 1024,
  heartbeatMs: 15_000,
} as const;

/** One feed event as the poll answer and the WebSocket frame carry it (`data`: the envelope). */
export type FeedEvent = { id: string; event: string; data: unknown };

/** A 200 answer to `GET /api/poll?after=<id>`. A held poll that timed out is a 204 instead. */
export type PollAnswer = {
  events: FeedEvent[];
  /** Ask again with `after=<cursor>`: the id of the last event here (or where the reader stands). */
  cursor: string;
  /** More events are waiting: poll again at once. */
  more: boolean;
  /** Set when `after` could not be resumed exactly (the events then start at the oldest kept). */
  reset: SseReset | null;
};

/** The header a 204 (held, then timed out) carries: where to poll from next. */
export const CURSOR_HEADER = 'X-Feed-Cursor';

/** What `/ws/feed` sends: where it starts, why it could not resume exactly, then each event. */
export type FeedFrame =
  | { type: 'ready'; ready: SseReady }
  | { type: 'reset'; reset: SseReset }
  | ({ type: 'event' } & FeedEvent);

export const WIRE_WAYS = ['poll', 'sse', 'ws'] as const;
export type WireWay = (typeof WIRE_WAYS)[number];

/** Counted by the server from its sockets: request headers in, everything written out. */
export type WireCounts = {
  /** HTTP requests (polls, streams opened, WebSocket upgrades). */
  requests: number;
  /** Bytes from the client: request headers (and, for WebSocket, its frames). */
  up: number;
  /** Bytes to the client: status line, headers, chunk framing and body, or the 101 and frames. */
  down: number;
  /** Requests or sockets open now. */
  open: number;
};

export type WireStats = {
  /** The reader that named itself with `?client=`; null when it never did (or was forgotten). */
  client: Record<WireWay, WireCounts> | null;
  total: Record<WireWay, WireCounts>;
};

const CLIENT = /^[A-Za-z0-9_-]{1,40}$/;
export const isWireClient = (value: unknown): value is string =>
  typeof value === 'string' && CLIENT.test(value);
