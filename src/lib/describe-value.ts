// Turns any value that structured clone can carry (Date, Map, Set, ArrayBuffer, Blob, cycles, …)
// into text for the log, a JSON-safe form for export, and a size in bytes. Never throws, never
// produces HTML: the result is always shown as text.

const MAX_ITEMS = 20;
const MAX_DEPTH = 4;

type Seen = Set<object>;

export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value !== 'object' && typeof value !== 'function') return typeof value;
  try {
    return Object.prototype.toString.call(value).slice(8, -1);
  } catch {
    return 'object';
  }
}

export function preview(value: unknown, maxLength = 240): string {
  // The common case, a text message: no walk, no set of seen objects.
  if (typeof value === 'string')
    return value.length > maxLength ? `${value.slice(0, maxLength - 1)}…` : value;
  let text: string;
  try {
    text = describe(value, 0, new Set());
  } catch {
    text = `[${typeName(value)}]`;
  }
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}

function describe(value: unknown, depth: number, seen: Seen): string {
  if (typeof value === 'string') return depth === 0 ? value : JSON.stringify(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'function') return `ƒ ${value.name || 'anonymous'}()`;
  if (typeof value !== 'object' || value === null) return String(value);
  if (seen.has(value)) return '[circular]';
  seen.add(value);
  const type = typeName(value);
  const inner = (v: unknown) =>
    depth >= MAX_DEPTH ? `[${typeName(v)}]` : describe(v, depth + 1, seen);
  const list = (items: string[], total: number) =>
    (total > items.length ? [...items, `… ${total - items.length} more`] : items).join(', ');

  if (value instanceof Date)
    return `Date(${Number.isNaN(value.getTime()) ? 'Invalid' : value.toISOString()})`;
  if (value instanceof RegExp) return String(value);
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (value instanceof ArrayBuffer) return `ArrayBuffer(${value.byteLength} bytes)`;
  if (ArrayBuffer.isView(value)) {
    const bytes = Array.from(
      new Uint8Array(value.buffer, value.byteOffset, Math.min(value.byteLength, 8)),
    );
    return `${type}(${value.byteLength} bytes) [${bytes.join(', ')}${value.byteLength > 8 ? ', …' : ''}]`;
  }
  if (typeof Blob !== 'undefined' && value instanceof Blob)
    return `${type}(${value.size} bytes${value.type ? `, ${value.type}` : ''})`;
  if (value instanceof Map) {
    const items = [...value].slice(0, MAX_ITEMS).map(([k, v]) => `${inner(k)} => ${inner(v)}`);
    return `Map(${value.size}) {${list(items, value.size)}}`;
  }
  if (value instanceof Set) {
    const items = [...value].slice(0, MAX_ITEMS).map(inner);
    return `Set(${value.size}) {${list(items, value.size)}}`;
  }
  if (Array.isArray(value)) return `[${list(value.slice(0, MAX_ITEMS).map(inner), value.length)}]`;
  const keys = Object.keys(value);
  const items = keys
    .slice(0, MAX_ITEMS)
    .map(
      (k) =>
        `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${inner((value as Record<string, unknown>)[k])}`,
    );
  const prefix = type === 'Object' ? '' : `${type} `;
  return `${prefix}{${list(items, keys.length)}}`;
}

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

/** A JSON-safe copy for export and for the expanded view: special types become tagged objects. */
export function toJsonSafe(value: unknown, depth = 0, seen: Seen = new Set()): unknown {
  if (typeof value === 'bigint') return { $type: 'BigInt', value: value.toString() };
  if (typeof value === 'function') return { $type: 'Function', name: value.name };
  if (typeof value === 'number' && !Number.isFinite(value))
    return { $type: 'Number', value: String(value) };
  if (value === undefined) return { $type: 'undefined' };
  if (typeof value !== 'object' || value === null) return value;
  if (seen.has(value)) return { $type: 'Circular' };
  if (depth > 8) return { $type: typeName(value), truncated: true };
  seen.add(value);
  const next = (v: unknown) => toJsonSafe(v, depth + 1, seen);
  try {
    if (value instanceof Date)
      return {
        $type: 'Date',
        value: Number.isNaN(value.getTime()) ? 'Invalid' : value.toISOString(),
      };
    if (value instanceof ArrayBuffer) return { $type: 'ArrayBuffer', byteLength: value.byteLength };
    if (ArrayBuffer.isView(value)) return { $type: typeName(value), byteLength: value.byteLength };
    if (typeof Blob !== 'undefined' && value instanceof Blob)
      return { $type: typeName(value), size: value.size, type: value.type };
    if (value instanceof Map)
      return { $type: 'Map', entries: [...value].map(([k, v]) => [next(k), next(v)]) };
    if (value instanceof Set) return { $type: 'Set', values: [...value].map(next) };
    if (value instanceof Error) return { $type: value.name, message: value.message };
    if (value instanceof RegExp) return { $type: 'RegExp', value: String(value) };
    if (Array.isArray(value)) return value.map(next);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, next(v)]));
  } finally {
    seen.delete(value);
  }
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
}
