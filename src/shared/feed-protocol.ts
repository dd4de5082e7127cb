// The SSE feed's protocol (limits, named events, event ids), shared by the server
// (mock-server/sse-feed/) and the pages. Pure: no DOM, no Node.

export const SSE_LIMITS = {
  replay: 1000,
  retryMs: 2000,
  heartbeatMs: 15_000,
  timeEveryMs: 2000,
  /** Bytes of a published body. */
  publishMax: 8 * 1024,
  /** A stream whose unsent backlog passes this is cut; the browser resumes with Last-Event-ID. */
  maxBacklogBytes: 1024 * 1024,
  /** Streams open at once. */
  maxStreams: 5000,
} as const;

/** Named events the feed sends. `message` is the unnamed one (only `onmessage` hears it). */
export const SSE_EVENT_TYPES = ['message', 'time', 'notification', 'alert'] as const;
export type SseEventType = (typeof SSE_EVENT_TYPES)[number];

export type SseReady = {
  epoch: string;
  retryMs: number;
  /** The Last-Event-ID the browser sent, if any. */
  resumedFrom: string | null;
  replayed: number;
  lastId: string | null;
};
export type SseReset = {
  reason: 'server-restarted' | 'too-old' | 'unreadable';
  resumedFrom: string;
  /** How many events are lost, when known. */
  lost: number | null;
  epoch: string;
};

/** Event ids are `<epoch>-<seq>`: the epoch changes when the server restarts. */
export const formatEventId = (epoch: string, seq: number) => `${epoch}-${seq}`;

export function parseEventId(id: string): { epoch: string; seq: number } | null {
  const match = /^([a-z0-9]{1,16})-(\d{1,15})$/.exec(id);
  if (!match) return null;
  return { epoch: match[1] as string, seq: Number(match[2]) };
}

/** What a page may publish: `time` is the server's own clock. */
export const PUBLISHABLE_TYPES = ['message', 'notification', 'alert'] as const;
export type PublishableType = (typeof PUBLISHABLE_TYPES)[number];

/** The comparison page's Race publishes under its own name, so no feed page hears it. */
export const RACE_EVENT = 'race';

/** What the feed may carry besides its own clock: a page's publish, or the Race's. */
export type PublishEvent = PublishableType | typeof RACE_EVENT;
