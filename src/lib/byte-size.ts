// Sizes in bytes of what a message carries: UTF-8 for text, byteLength for binary, a sum for
// containers (structured clone's types included). Never throws.

export { formatBytes } from './format-bytes';

type Seen = Set<object>;

/** Approximate size in bytes: UTF-8 for text, byteLength for binary, a sum for containers. */
export function byteSize(value: unknown): number {
  if (typeof value === 'string') return utf8Length(value);
  try {
    const flat = flatSize(value);
    return flat >= 0 ? flat : sizeOf(value, new Set());
  } catch {
    return 0;
  }
}

/**
 * A plain object whose values are all primitives (most message bodies: `{ ref, payload }`, a chat
 * line) holds no object that could be met twice, so it needs no set of seen objects: its size is
 * summed straight away. -1 for anything else, which the full walk then measures.
 */
function flatSize(value: unknown): number {
  if (
    typeof value !== 'object' ||
    value === null ||
    Object.getPrototypeOf(value) !== Object.prototype
  )
    return -1;
  const record = value as Record<string, unknown>;
  let total = 0;
  for (const key of Object.keys(record)) {
    const item = record[key];
    if (typeof item === 'object' && item !== null) return -1;
    total += utf8Length(key) + sizeOf(item, NO_OBJECTS);
  }
  return total;
}
// Never consulted: flatSize and flatMessageSize hand sizeOf primitives only.
const NO_OBJECTS: Seen = new Set();

/** A message's size, with its body's size when that came out of the same walk (see sizeWithBody). */
export type SizedMessage = { total: number; body: KnownBodySize | null };
/** The size of a message's body, measured already: it need not be measured again. */
export type KnownBodySize = { body: unknown; bodySize: number };

/**
 * An envelope-shaped message's size and its body's size in one walk: `total` is exactly
 * byteSize(data), and `body.bodySize` exactly byteSize(data.body). The body is walked first, with a
 * set of its own, which is what byteSize(body) does; the other fields then share that set, so an
 * object the body shares with them is counted once, as byteSize(data) counts it. (A size is a sum
 * over distinct objects, so the order of the walk does not change it.) A body that leads back to
 * the message itself is left to byteSize alone.
 */
export function sizeWithBody(data: unknown): SizedMessage {
  if (typeof data !== 'object' || data === null || Object.getPrototypeOf(data) !== Object.prototype)
    return { total: byteSize(data), body: null };
  const record = data as Record<string, unknown>;
  const descriptor = Object.getOwnPropertyDescriptor(record, 'body');
  if (!descriptor || !('value' in descriptor)) return { total: byteSize(data), body: null };
  const body: unknown = descriptor.value;
  try {
    const flat = flatMessageSize(record, body);
    if (flat) return flat;
    const seen: Seen = new Set();
    const bodySize = typeof body === 'string' ? utf8Length(body) : sizeOf(body, seen);
    if (seen.has(record)) return { total: byteSize(data), body: null };
    seen.add(record);
    let total = 0;
    for (const key of Object.keys(record))
      total += utf8Length(key) + (key === 'body' ? bodySize : sizeOf(record[key], seen));
    return { total, body: { body, bodySize } };
  } catch {
    return { total: 0, body: null };
  }
}

/**
 * sizeWithBody without a set of seen objects, for the usual message: a flat body (a text, or an
 * object of primitives) and fields that are primitives or flat objects (the sender), at most two of
 * them. An object met again (the message itself, the body, an earlier field) counts nothing, as the
 * full walk counts it; anything else is left to the full walk (null). Every received window message
 * is measured (the size limit), so this runs per message: no Set, no walk of the same sender twice.
 */
function flatMessageSize(record: Record<string, unknown>, body: unknown): SizedMessage | null {
  const bodyIsObject = typeof body === 'object' && body !== null;
  const bodySize = bodyIsObject ? flatSize(body) : sizeOf(body, NO_OBJECTS);
  if (bodySize < 0) return null;
  let first: object | null = null;
  let second: object | null = null;
  let total = 0;
  for (const key of Object.keys(record)) {
    total += utf8Length(key);
    if (key === 'body') {
      total += bodySize;
      continue;
    }
    const value = record[key];
    if (typeof value !== 'object' || value === null) total += sizeOf(value, NO_OBJECTS);
    else if (value === record || value === body || value === first || value === second) continue;
    else if (second) return null;
    else {
      const size = flatSize(value);
      if (size < 0) return null;
      total += size;
      if (first) second = value;
      else first = value;
    }
  }
  return { total, body: { body, bodySize } };
}

// Sizes are measured by encoding into one reused buffer (encodeInto writes into memory we own and
// allocates nothing per message, unlike encode). A long string goes through it in chunks, so the
// buffer stays small. https://developer.mozilla.org/en-US/docs/Web/API/TextEncoder/encodeInto
const encoder = new TextEncoder();
const scratch = new Uint8Array(64 * 1024);
// The last long text measured. One entry: a message's size is read a few times in a row (sent,
// received, logged); a cache that grew, or one that held any text, could keep large payloads alive.
const last = { text: '', bytes: 0 };
const MEMO_MAX = 128 * 1024;

/** UTF-8 length of a string (lone surrogates count as U+FFFD, as TextEncoder encodes them). */
export function utf8Length(text: string): number {
  if (text.length <= SHORT) return shortUtf8Length(text);
  // The same text again (a payload sent many times, or its echo coming back): known already.
  // Comparing equal strings is one pass of memcmp, cheaper than encoding them.
  if (text === last.text) return last.bytes;
  let bytes = 0;
  for (let offset = 0; offset < text.length;) {
    const { read, written } = encoder.encodeInto(offset === 0 ? text : text.slice(offset), scratch);
    if (read === 0) break; // cannot happen with 64 KiB of room; never loop forever
    bytes += written;
    offset += read;
  }
  if (text.length <= MEMO_MAX) {
    last.text = text;
    last.bytes = bytes;
  }
  return bytes;
}

// Up to this many UTF-16 units, counting in JavaScript beats the call into the encoder, which
// costs about a microsecond before it reads a character (measured in Chromium: ids of 40
// characters took 1-4 µs each through encodeInto). Ids and names therefore never reach the
// encoder, nor the one-entry memo, so they cannot push a payload out of it between the payload
// and its echo.
const SHORT = 256;

function shortUtf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1); // NaN past the end
      // A surrogate pair is one code point of four bytes; a lone surrogate becomes U+FFFD (three).
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

function sizeOf(value: unknown, seen: Seen): number {
  if (typeof value === 'string') return utf8Length(value);
  if (typeof value === 'number' || typeof value === 'bigint') return 8;
  if (typeof value === 'boolean') return 1;
  if (typeof value !== 'object' || value === null) return 0;
  if (seen.has(value)) return 0;
  seen.add(value);
  if (value instanceof Date) return 8;
  if (value instanceof ArrayBuffer) return value.byteLength;
  if (ArrayBuffer.isView(value)) return value.byteLength;
  if (typeof Blob !== 'undefined' && value instanceof Blob) return value.size;
  if (value instanceof Map) {
    let total = 0;
    for (const [k, v] of value) total += sizeOf(k, seen) + sizeOf(v, seen);
    return total;
  }
  if (value instanceof Set || Array.isArray(value)) {
    let total = 0;
    for (const item of value) total += sizeOf(item, seen);
    return total;
  }
  // Keys and then values, rather than Object.entries: no [key, value] array per property.
  let total = 0;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) total += utf8Length(key) + sizeOf(record[key], seen);
  return total;
}
