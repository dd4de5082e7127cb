// Turns any value that structured clone can carry (Date, Map, Set, ArrayBuffer, Blob, cycles, …)
// into text for the log and a JSON-safe form for export. Never throws, never produces HTML: the
// result is always shown as text. Sizes live in byte-size.ts; they are re-exported here because
// the log and every transport import both from this one place.
export { byteSize, formatBytes, sizeWithBody, utf8Length } from './byte-size';

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
