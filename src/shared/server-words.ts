// What the server says when it refuses something, as stable codes with their English. The server
// sends the code and its values next to the English text (`{ code, params, message }` on HTTP,
// `{ code, params, reason }` in a WebSocket `error` frame), so a page in another language shows
// its own words for a known code (components/message-log/server-words.zh-cn.ts), and any client
// that reads only the English still can. Close reasons carry no fields: they are one of these
// texts, under 123 bytes (https://websockets.spec.whatwg.org/#dom-websocket-close), read back by
// their words. Pure: no DOM, no Node.
export const SERVER_WORDS = {
  // Any request.
  'origin-not-allowed': "Origin {origin} is not on this server's allowlist.",
  'bad-target': 'The request target is not a URL.',
  'no-host': 'The request has no readable Host header.',
  'wrong-host': '"{host}" is not a name of this server: use the address it printed.',
  'method-not-allowed': '{method} is not allowed on {path}.',
  'no-api': 'No API at {method} {path}.',
  internal: 'The server hit an error.',
  'internal-console': 'The server hit an error; see its console.',
  // A request's JSON body (http-util.ts).
  'body-type': 'Send the body as application/json.',
  'body-too-large': 'The body is over {limit} bytes.',
  'body-lost': 'The body did not arrive.',
  'body-not-json': 'The body is not valid JSON.',
  'body-too-deep': 'The body is JSON that nests deeper than {depth} levels.',
  // A body that is JSON but not what the route reads: the shared validator's words (publish).
  'body-invalid': '{detail}',
  'bad-room': 'A room is a-z, 0-9 and dashes, 1–32 long.',
  // Classroom mode (classroom.ts).
  'join-throttled': 'Too many wrong join codes from this address: try again in {seconds} s.',
  'join-code': 'This class needs its join code (?code=…).',
  'teacher-only': 'A teacher action: give the teacher token the server printed at start.',
  // The cluster's teacher actions (cluster/routes.ts) and Redis away (hub/redis-backplane.ts).
  'instance-body': 'Give the instance as {"name": "…"}.',
  'stop-not-clustered': 'This server runs alone (no REDIS_URL): no instance to move to.',
  'unknown-instance': 'No live instance "{name}".',
  'transport-body': 'Give the transport as {"mode": "streams"} or {"mode": "pubsub"}.',
  'switch-not-clustered': 'No REDIS_URL: rooms are in memory, no Redis to switch.',
  'backplane-down': 'backplane down: Redis is unreachable; nothing was stored',
  // `detail` is the Redis client's own words.
  'backplane-down-why': 'backplane down, no Redis ({detail}): nothing stored',
  // Long polling (long-poll/).
  'poll-after': 'after: the last event id you have ("mfx3k2-17", ≤ {max} characters) or none',
  'poll-wait': 'wait must be whole milliseconds from 0 to {max}.',
  'poll-client': 'client must be 1–40 of A-Z, a-z, 0-9, "_" and "-".',
  'poll-held': 'This address already holds {max} polls: let one finish first.',
  'poll-rate': 'Polling faster than {rate} a second: wait, then ask again.',
  'poll-failed': 'The feed could not answer this poll.',
  // The SSE feed's door (sse-feed/).
  'feed-origin': 'Origin {origin} may not read this feed.',
  'feed-method': 'The feed is read with GET.',
  'feed-full': 'The feed has as many readers as it takes: try again soon.',
  'feed-failed': 'The feed could not serve this stream.',
  // WebSocket upgrades refused (a browser's WebSocket never reads these; a `ws` client does).
  'upgrade-origin': 'Origin {origin} is not allowed to open a WebSocket here.',
  'chat-full': 'The chat has as many connections as it takes: try again later.',
  'feed-sockets-full': 'The feed has as many connections as it takes: try again later.',
  'upgrade-after': 'after must be the last event id you have, like "mfx3k2-17".',
  'no-websocket': 'No WebSocket here.',
  'upgrade-failed': 'The server could not take this upgrade.',
  // The chat's `error` frames (ws-chat/); `detail` is the shared frame validator's words.
  'frame-too-deep': 'the frame nests deeper than {depth} levels',
  'frame-invalid': '{detail}',
  'rooms-full': 'the server has {max} rooms in use: join one of them',
  'room-full': 'room "{room}" is full ({max} members)',
  'join-first': 'join a room before you chat',
  'frame-failed': 'the server could not handle this frame',
  // Close reasons (at most 123 bytes of UTF-8).
  'close-teacher': 'Dropped by the teacher: reconnect',
  'close-shutdown': 'Server shutting down',
  'close-slow': 'You are not reading what the room sends: reconnect to catch up',
  'close-oversize': 'Frames over {kib} KiB are refused',
  'close-behind': 'Too far behind: reconnect with after=<last id>',
  'close-unreadable': 'The feed could not be read: reconnect with after=<last id>',
  'close-feed-shutdown': 'The server is shutting down',
  'close-history': 'Fell behind the history: reconnect with after=<last id>',
} as const;

export type ServerCode = keyof typeof SERVER_WORDS;
export type ServerParams = Readonly<Record<string, string | number>>;
/** A refusal as it travels: the code, its values, and the English for readers of the text only. */
export type ServerSaid = { code: ServerCode; params?: ServerParams; message: string };

const fill = (template: string, params: ServerParams = {}) =>
  template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );

export const isServerCode = (code: unknown): code is ServerCode =>
  typeof code === 'string' && Object.hasOwn(SERVER_WORDS, code);

/** The English of a code with its values. */
export const serverText = (code: ServerCode, params?: ServerParams): string =>
  fill(SERVER_WORDS[code], params);

/** A code with its values and English, as the server sends it. */
export const said = (code: ServerCode, params?: ServerParams): ServerSaid =>
  params
    ? { code, params, message: serverText(code, params) }
    : { code, message: serverText(code) };

const isParams = (value: unknown): value is ServerParams =>
  typeof value === 'object' &&
  value !== null &&
  Object.values(value).every((v) => typeof v === 'string' || typeof v === 'number');

/**
 * The words of a refusal the client read (an HTTP body, an `error` frame): for a code this app
 * knows, its own English (which the log reads back in the reader's language); else the server's
 * text as it came (shown marked as the server's), or null when there is none.
 */
export function readServerSaid(body: unknown, text: 'message' | 'reason'): string | null {
  if (typeof body !== 'object' || body === null) return null;
  const { code, params } = body as { code?: unknown; params?: unknown };
  const words = (body as Record<string, unknown>)[text];
  const given = typeof words === 'string' ? words : null;
  if (!isServerCode(code) || (params !== undefined && !isParams(params))) return given;
  const known = serverText(code, params);
  // A value this app's English names but the server did not send: its own text is whole.
  return /\{\w+\}/.test(known) && given !== null ? given : known;
}
