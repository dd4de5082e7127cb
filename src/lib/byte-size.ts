// Sizes in bytes of what a message carries: UTF-8 for text, byteLength for binary, a sum for
// containers (structured clone's types included). Never throws.

type Seen = Set<object>;

/** Approximate size in bytes: UTF-8 for text, byteLength for binary, a sum for containers. */
export function byteSize(value: unknown): number {
  if (typeof value === 'string') return utf8Length(value);
  try {
    return sizeOf(value, new Set());
  } catch {
    return 0;
  }
}

/**
 * An envelope-shaped message's size and its text body's size in one walk: `total` is exactly
 * byteSize(data); `body` is byteSize(data.body) when that is a string (null otherwise: an object
 * body may share objects with other fields, which the one walk counts only once).
 */
export function sizeWithTextBody(data: unknown): {
  total: number;
  body: string | null;
  bodySize: number;
} {
  if (typeof data !== 'object' || data === null || Object.getPrototypeOf(data) !== Object.prototype)
    return { total: byteSize(data), body: null, bodySize: 0 };
  const record = data as Record<string, unknown>;
  const descriptor = Object.getOwnPropertyDescriptor(record, 'body');
  const body = descriptor && typeof descriptor.value === 'string' ? descriptor.value : null;
  if (body === null) return { total: byteSize(data), body: null, bodySize: 0 };
  try {
    const seen: Seen = new Set([record]);
    let total = 0;
    let bodySize = 0;
    for (const key of Object.keys(record)) {
      const size = key === 'body' ? (bodySize = utf8Length(body)) : sizeOf(record[key], seen);
      total += utf8Length(key) + size;
    }
    return { total, body, bodySize };
  } catch {
    return { total: 0, body: null, bodySize: 0 };
  }
}

// Sizes are measured by encoding into one reused buffer (encodeInto writes into memory we own and
// allocates nothing per message, unlike encode). A long string goes through it in chunks, so the
// buffer stays small. https://developer.mozilla.org/en-US/docs/Web/API/TextEncoder/encodeInto
const encoder = new TextEncoder();
const scratch = new Uint8Array(64 * 1024);

/** UTF-8 length of a string (lone surrogates count as U+FFFD, as TextEncoder encodes them). */
export function utf8Length(text: string): number {
  if (text.length <= SHORT) return shortUtf8Length(text);
  let bytes = 0;
  for (let offset = 0; offset < text.length;) {
    const { read, written } = encoder.encodeInto(offset === 0 ? text : text.slice(offset), scratch);
    if (read === 0) break; // cannot happen with 64 KiB of room; never loop forever
    bytes += written;
    offset += read;
  }
  return bytes;
}

// Below this many UTF-16 units, counting in JavaScript beats the call into the encoder.
const SHORT = 32;

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

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
}
