// The one message shape that crosses every boundary in Comms Lab (ARCHITECTURE §4).
// Inbound data is `unknown` until parseEnvelope accepts it; parseEnvelope never throws.

export const ENVELOPE_VERSION = 1;

export const PEER_KINDS = ['tab', 'iframe', 'popup', 'worker', 'server'] as const;
export type PeerKind = (typeof PEER_KINDS)[number];

export type PeerRef = {
  id: string;
  name: string;
  /** `#rrggbb` only: it is put into inline styles, so nothing else may pass. */
  color: string;
  kind: PeerKind;
};

export type Envelope<Body = unknown> = {
  v: typeof ENVELOPE_VERSION;
  id: string;
  mechanism: string;
  sender: PeerRef;
  recipient?: string;
  /** What the body means: `chat`, `presence`, `probe`, … (lower-case, dashes allowed). */
  kind: string;
  body: Body;
  /** `performance.timeOrigin + performance.now()` at send: comparable across tabs of one browser. */
  sentAt: number;
  /** Per-sender sequence number, starting at 1, so receivers see gaps and duplicates. */
  seq: number;
  /** Set by a server that keeps messages in a hub: the message's id there (a resume cursor). */
  hubId?: string;
  /** Set by a server with several instances: the one that took the message in, and the one that handed it out. */
  via?: Via;
};

/** The instances a relayed message passed (in → Redis → out): the flow view draws the hop. */
export type Via = { in: string; out: string };

export type ParseResult = { ok: true; envelope: Envelope } | { ok: false; reason: string };

export const LIMITS = {
  id: 128,
  name: 64,
  kind: 32,
  mechanism: 64,
} as const;

const KEBAB = /^[a-z][a-z0-9-]*$/;
const COLOR = /^#[0-9a-f]{6}$/i;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isShortString = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= max;

type Read = (record: Record<string, unknown>, key: string) => unknown;

/** Reads a property without running getters or proxies from a hostile object. */
const own: Read = (record, key) => {
  const descriptor = Object.getOwnPropertyDescriptor(record, key);
  return descriptor && 'value' in descriptor ? descriptor.value : undefined;
};

/**
 * Reads a property of a structured clone (or of JSON.parse's output) directly. Those are built of
 * ordinary objects with data properties only, never getters or proxies, so the descriptor `own`
 * asks for (an object per field, fifteen per message) buys nothing there.
 * https://html.spec.whatwg.org/multipage/structured-data.html#structureddeserialize
 */
const cloned: Read = (record, key) => record[key];

// A flood repeats its sender, mechanism and kind in every envelope, and each structured clone brings
// fresh copies of them that a full log (10,000 entries) would keep alive: six objects of every
// entry's sixteen or so, each one more for the garbage collector to copy out of the young
// generation and to mark, whose pauses were a flood's longest tasks after its redraws. So the last
// one read is reused when the next is equal, and equal envelopes share it; the copies die young,
// which costs a scavenge nothing. Parsed envelopes are read, never changed, so sharing is safe.
// https://v8.dev/blog/trash-talk
// They also spare the checks: the last ones passed them, and an equal string passes them alike, so
// a flood's sender, mechanism and kind are compared, not matched against three regular expressions
// again per message (`null`: nothing passed yet).
let lastPeer: PeerRef | null = null;
let lastMechanism: string | null = null;
let lastKind: string | null = null;

/** `isClone`: the value is a structured clone or JSON.parse's output (see `cloned`). */
export function parsePeer(value: unknown, isClone = false): PeerRef | string {
  if (!isRecord(value)) return 'sender is not an object';
  const read = isClone ? cloned : own;
  const id = read(value, 'id');
  const name = read(value, 'name');
  const color = read(value, 'color');
  const kind = read(value, 'kind');
  const last = lastPeer;
  if (last && last.id === id && last.name === name && last.color === color && last.kind === kind)
    return last;
  if (!isShortString(id, LIMITS.id)) return 'sender.id must be a string of 1–128 characters';
  if (!isShortString(name, LIMITS.name)) return 'sender.name must be a string of 1–64 characters';
  if (typeof color !== 'string' || !COLOR.test(color)) return 'sender.color must look like #1a2b3c';
  if (!PEER_KINDS.includes(kind as PeerKind))
    return `sender.kind must be one of ${PEER_KINDS.join(', ')}`;
  return (lastPeer = { id, name, color, kind: kind as PeerKind });
}

function parseVia(value: unknown): Via | null {
  if (!isRecord(value)) return null;
  const from = own(value, 'in');
  const to = own(value, 'out');
  return isShortString(from, LIMITS.name) && isShortString(to, LIMITS.name)
    ? { in: from, out: to }
    : null;
}

/**
 * `isClone`: `data` is a structured clone that the browser delivered (a trusted MessageEvent's
 * data) or JSON.parse's output. Every field is checked alike; only the way they are read differs.
 * Anything else (a synthetic event's data, an in-page object) is read without running getters.
 */
export function parseEnvelope(data: unknown, isClone = false): ParseResult {
  try {
    return parseUnsafe(data, isClone ? cloned : own);
  } catch (error) {
    // A revoked Proxy or similar exotic object: still an answer, never a throw.
    return {
      ok: false,
      reason: `unreadable value (${error instanceof Error ? error.name : 'error'})`,
    };
  }
}

function parseUnsafe(data: unknown, read: Read): ParseResult {
  if (!isRecord(data)) return { ok: false, reason: `not an object (${describeType(data)})` };
  const v = read(data, 'v');
  if (v !== ENVELOPE_VERSION) return { ok: false, reason: `unknown envelope version ${String(v)}` };
  const id = read(data, 'id');
  if (!isShortString(id, LIMITS.id))
    return { ok: false, reason: 'id must be a string of 1–128 characters' };
  const mechanism = read(data, 'mechanism');
  if (
    mechanism !== lastMechanism &&
    (!isShortString(mechanism, LIMITS.mechanism) || !KEBAB.test(mechanism))
  )
    return { ok: false, reason: 'mechanism must be a kebab-case id' };
  const sender = parsePeer(read(data, 'sender'), read === cloned);
  if (typeof sender === 'string') return { ok: false, reason: sender };
  const recipient = read(data, 'recipient');
  if (recipient !== undefined && !isShortString(recipient, LIMITS.id))
    return { ok: false, reason: 'recipient must be a peer id' };
  const kind = read(data, 'kind');
  if (kind !== lastKind && (!isShortString(kind, LIMITS.kind) || !KEBAB.test(kind)))
    return { ok: false, reason: 'kind must be a short kebab-case word' };
  const sentAt = read(data, 'sentAt');
  if (typeof sentAt !== 'number' || !Number.isFinite(sentAt) || sentAt < 0)
    return { ok: false, reason: 'sentAt must be a finite, non-negative number' };
  const seq = read(data, 'seq');
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 1)
    return { ok: false, reason: 'seq must be a positive integer' };
  if (!Object.prototype.hasOwnProperty.call(data, 'body'))
    return { ok: false, reason: 'body is missing' };
  if (mechanism !== lastMechanism) lastMechanism = mechanism as string;
  if (kind !== lastKind) lastKind = kind as string;
  const envelope: Envelope = {
    v: ENVELOPE_VERSION,
    id,
    mechanism: lastMechanism as string,
    sender,
    kind: lastKind as string,
    body: read(data, 'body'),
    sentAt,
    seq,
  };
  if (recipient !== undefined) envelope.recipient = recipient as string;
  // What a server adds when it relays: kept when well-formed, left out (never refused) otherwise.
  const hubId = read(data, 'hubId');
  if (isShortString(hubId, LIMITS.id)) envelope.hubId = hubId;
  const via = parseVia(read(data, 'via'));
  if (via) envelope.via = via;
  return { ok: true, envelope };
}

export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object') return Object.prototype.toString.call(value).slice(8, -1);
  return typeof value;
}
