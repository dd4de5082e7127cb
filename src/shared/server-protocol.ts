// What the WebSocket chat and the SSE feed say, shared by the server (mock-server/) and the pages.
// Pure: no DOM, no Node. Every limit a page explains is the number the server enforces.
import { describeType, parseEnvelope, type Envelope, type PeerRef } from './envelope';

// ── WebSocket chat ────────────────────────────────────────────────────────────────────────────

export const WS_LIMITS = {
  /** Larger frames close the connection with 1009. */
  maxPayload: 64 * 1024,
  /** Messages a room remembers and sends to whoever joins. */
  history: 50,
  /** Token bucket: refills this many per second… */
  ratePerSecond: 20,
  /** …up to this many at once. */
  burst: 40,
  heartbeatMs: 15_000,
  /** Pings a peer may miss before it is terminated. */
  missedPings: 2,
  /** Joins and leaves are announced together, at most this often per room. */
  presenceEveryMs: 100,
  /** Members listed in a presence message (the total is always given). */
  membersShown: 100,
  /** A member whose socket holds more than this unsent is cut with 1013. */
  maxBufferedBytes: 1024 * 1024,
  maxRooms: 1000,
  maxMembersPerRoom: 500,
  maxConnections: 5000,
  /** From one address other than loopback (a student's machine). */
  maxConnectionsPerAddress: 64,
} as const;

export const DEFAULT_ROOM = 'lobby';
export const SUGGESTED_ROOMS = ['lobby', 'physics', 'chemistry'] as const;
const ROOM = /^[a-z0-9][a-z0-9-]{0,31}$/;

export const isRoomName = (value: unknown): value is string =>
  typeof value === 'string' && ROOM.test(value);

/** The server's own identity on the envelopes it writes. */
export const SERVER_PEER: PeerRef = {
  id: 'server',
  name: 'Server',
  color: '#5b6770',
  kind: 'server',
};

export type Member = { id: string; name: string; color: string };

/** What a chat client may send (as the `kind` of a JSON envelope). */
export type ClientFrame =
  /** `after`: the hub id of the last message this client has of the room (resume from there). */
  | { kind: 'join'; body: { room: string; after?: string } }
  | { kind: 'rename'; body: { name: string } }
  | { kind: 'chat'; body: unknown };

/** Bodies of the envelopes the server writes (sender SERVER_PEER). */
export type ServerBodies = {
  welcome: { connection: string; heartbeatMs: number; limits: typeof WS_LIMITS };
  /** `you`: the identity the server verified for this connection (its id may carry a suffix). */
  joined: { room: string; members: Member[]; total: number; you?: Member };
  /**
   * `lastId`: the hub's id of the room's last message (the cursor history ends at). After a join
   * with `after`, `messages` are exactly those after it (`resumedFrom`), unless `gap` says why
   * not: then they start at the oldest kept. Relayed chat frames carry `hubId` beside the envelope.
   */
  history: {
    room: string;
    messages: Envelope[];
    lastId?: string;
    resumedFrom?: string;
    gap?: { reason: 'trimmed' | 'other-origin' | 'unreadable'; lost: number | null };
  };
  presence: { room: string; members: Member[]; total: number };
  /** Up to five names, and how many more. */
  notice: {
    event: 'join' | 'leave' | 'rename';
    names: string[];
    more: number;
    previous?: string;
    room: string;
  };
  /** `hubId`: the id the hub gave the message (the sender's resume cursor covers it too). */
  ack: { id: string; delivered: number; hubId?: string };
  'binary-echo': { bytes: number };
  'rate-limited': { id?: string; retryInMs: number };
  error: { reason: string; id?: string };
};
export type ServerKind = keyof ServerBodies;
export type ServerEnvelope<K extends ServerKind = ServerKind> = Envelope<ServerBodies[K]> & {
  kind: K;
};

export type ClientFrameResult =
  { ok: true; envelope: Envelope; frame: ClientFrame } | { ok: false; reason: string; id?: string };

/** Validates one text frame from a client: JSON, an envelope, and a kind with a valid body. */
export function parseClientFrame(text: string): ClientFrameResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'the frame is not JSON' };
  }
  const parsed = parseEnvelope(data);
  if (!parsed.ok) return { ok: false, reason: `not an envelope: ${parsed.reason}` };
  const { envelope } = parsed;
  const body = envelope.body as Record<string, unknown> | null;
  const id = envelope.id;
  switch (envelope.kind) {
    case 'join':
      if (!body || typeof body !== 'object' || !isRoomName(body.room))
        return { ok: false, id, reason: 'join needs body.room: a-z, 0-9 and dashes, 1–32 long' };
      if (body.after !== undefined && (typeof body.after !== 'string' || body.after.length > 64))
        return {
          ok: false,
          id,
          reason: 'join body.after must be a message id (at most 64 characters)',
        };
      return {
        ok: true,
        envelope,
        frame: {
          kind: 'join',
          body:
            typeof body.after === 'string'
              ? { room: body.room, after: body.after }
              : { room: body.room },
        },
      };
    case 'rename': {
      const name = body && typeof body === 'object' ? body.name : undefined;
      if (typeof name !== 'string' || name.trim().length === 0 || name.length > 64)
        return { ok: false, id, reason: 'rename needs body.name: 1–64 characters' };
      return { ok: true, envelope, frame: { kind: 'rename', body: { name: name.trim() } } };
    }
    case 'chat':
      return { ok: true, envelope, frame: { kind: 'chat', body: envelope.body } };
    default:
      return { ok: false, id, reason: `unknown kind "${envelope.kind}" (join, rename or chat)` };
  }
}

/** Close codes a class meets, with what they mean (RFC 6455 §7.4, and the registry). */
export const CLOSE_CODES: Record<number, string> = {
  1000: 'Normal closure',
  1001: 'Going away: the server is shutting down or the page is leaving',
  1002: 'Protocol error',
  1003: 'Unsupported data',
  1005: 'No status received (the close frame carried no code)',
  1006: 'Abnormal closure: the connection dropped without a close frame',
  1007: 'Invalid frame payload data',
  1008: 'Policy violation',
  1009: 'Message too big',
  1011: 'Internal server error',
  1012: 'Service restart',
  1013: 'Try again later',
  1015: 'TLS handshake failed',
};

// ── Server-Sent Events ────────────────────────────────────────────────────────────────────────

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

export type PublishRequest = { event: PublishEvent; envelope: Envelope };
export type PublishResult = { ok: true; request: PublishRequest } | { ok: false; reason: string };

/** Validates a POST /api/sse/publish body (already JSON-parsed). */
export function parsePublish(data: unknown): PublishResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, reason: `the body must be a JSON object, not ${describeType(data)}` };
  const record = data as Record<string, unknown>;
  const event = record.event ?? 'message';
  if (!PUBLISHABLE_TYPES.includes(event as PublishableType) && event !== RACE_EVENT)
    return { ok: false, reason: `event must be one of ${PUBLISHABLE_TYPES.join(', ')}` };
  const parsed = parseEnvelope(record.envelope);
  if (!parsed.ok) return { ok: false, reason: `envelope: ${parsed.reason}` };
  return {
    ok: true,
    request: { event: event as PublishEvent, envelope: parsed.envelope },
  };
}
