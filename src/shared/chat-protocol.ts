// The WebSocket chat's protocol, shared by the server (mock-server/ws-chat/) and the page.
// Pure: no DOM, no Node. Every limit the page explains is the number the server enforces.
import { parseEnvelope, type Envelope } from './envelope';

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

export { SERVER_PEER } from './server-peer';

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
  /** `code` and `params`: the refusal as a code (shared/server-words.ts); `reason`: its English. */
  error: { reason: string; id?: string; code?: string; params?: Record<string, string | number> };
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
