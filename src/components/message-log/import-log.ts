// Logs travel: an export (export-log.ts) from another tab or machine is read back, checked, and
// merged with this tab's log into one timeline, each entry labelled with the tab it came from.
// Never throws: a file that is not an export gets a reason, and nothing in the log is touched.
import { parseEnvelope, parsePeer, type PeerRef } from '../../shared/envelope';
import {
  LOG_DIRECTIONS,
  type LogDirection,
  type LogEntry,
  type NewLogEntry,
} from '../../store/log-types';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export-log';

export const MAX_IMPORT_ENTRIES = 50_000;

export type ImportedEntry = NewLogEntry & {
  importedId: number;
  source: PeerRef & { file?: string };
};
export type ImportResult =
  { ok: true; tab: PeerRef; entries: ImportedEntry[] } | { ok: false; reason: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const finite = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);
const text = (value: unknown, max = 2000): string | undefined =>
  typeof value === 'string' ? value.slice(0, max) : undefined;

function readEntry(
  raw: unknown,
  index: number,
  source: ImportedEntry['source'],
): ImportedEntry | string {
  if (!isRecord(raw)) return `entry ${index + 1} is not an object`;
  if (!finite(raw.id)) return `entry ${index + 1} has no numeric id`;
  if (!finite(raw.at)) return `entry ${index + 1} has no time ("at")`;
  if (typeof raw.mechanism !== 'string' || raw.mechanism.length > 64)
    return `entry ${index + 1} has no mechanism`;
  if (!LOG_DIRECTIONS.includes(raw.direction as LogDirection))
    return `entry ${index + 1}: direction must be one of ${LOG_DIRECTIONS.join(', ')}`;
  if (typeof raw.summary !== 'string') return `entry ${index + 1} has no summary`;
  const from = raw.from === undefined ? undefined : parsePeer(raw.from);
  if (typeof from === 'string') return `entry ${index + 1}: ${from}`;
  const envelope = raw.envelope === undefined ? undefined : parseEnvelope(raw.envelope);
  return {
    importedId: raw.id,
    at: raw.at,
    mechanism: raw.mechanism,
    direction: raw.direction as LogDirection,
    summary: raw.summary.slice(0, 2000),
    from,
    to: text(raw.to, 500),
    payload: raw.payload,
    envelope: envelope?.ok ? envelope.envelope : undefined,
    size: finite(raw.size) ? raw.size : undefined,
    latencyMs: finite(raw.latencyMs) ? raw.latencyMs : undefined,
    reason: text(raw.reason),
    browserWords: raw.browserWords === true ? true : undefined,
    raw: raw.raw === true ? true : undefined,
    unverified: raw.unverified === true ? true : undefined,
    origin: text(raw.origin, 500),
    sequence: text(raw.sequence, 200),
    source,
  };
}

/** Reads one exported file. */
export function parseExport(content: string, file?: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch {
    return { ok: false, reason: 'the file is not JSON' };
  }
  if (!isRecord(data) || data.format !== EXPORT_FORMAT)
    return {
      ok: false,
      reason: `the file is not a Comms Lab log export (format "${EXPORT_FORMAT}")`,
    };
  if (data.version !== EXPORT_VERSION)
    return {
      ok: false,
      reason: `export version ${String(data.version)} is not one this app reads (${EXPORT_VERSION})`,
    };
  const tab = parsePeer(data.tab);
  if (typeof tab === 'string') return { ok: false, reason: `the export's tab: ${tab}` };
  if (!Array.isArray(data.entries)) return { ok: false, reason: 'the export has no entries list' };
  if (data.entries.length > MAX_IMPORT_ENTRIES)
    return { ok: false, reason: `the export has more than ${MAX_IMPORT_ENTRIES} entries` };
  const source = file ? { ...tab, file } : tab;
  const entries: ImportedEntry[] = [];
  for (const [index, raw] of data.entries.entries()) {
    const entry = readEntry(raw, index, source);
    if (typeof entry === 'string') return { ok: false, reason: entry };
    entries.push(entry);
  }
  return { ok: true, tab, entries };
}

/** Which tab wrote an entry, and its id there: the same message from two exports is one entry. */
const keyOf = (entry: LogEntry | ImportedEntry, self: PeerRef) =>
  `${entry.source?.id ?? self.id}|${entry.importedId ?? (entry as LogEntry).id}`;

/**
 * One timeline: this tab's entries and the imported ones, without duplicates, ordered by time
 * (the clock is `performance.timeOrigin + performance.now()`, comparable across tabs of a browser).
 * Returns entries without ids; the store numbers them.
 */
export function mergeTimeline(
  current: readonly LogEntry[],
  imported: readonly ImportedEntry[],
  self: PeerRef,
): NewLogEntry[] {
  const seen = new Set<string>();
  const merged: (NewLogEntry & { order: number })[] = [];
  let order = 0;
  const keep = (entry: LogEntry | ImportedEntry, value: NewLogEntry) => {
    const key = keyOf(entry, self);
    if (seen.has(key)) return;
    seen.add(key);
    merged.push({ ...value, order: order++ });
  };
  for (const entry of current) {
    const { id, ...rest } = entry;
    // A local entry remembers its id, so importing this tab's own export adds nothing.
    keep(entry, entry.importedId === undefined ? { ...rest, importedId: id } : rest);
  }
  for (const entry of imported) keep(entry, entry);
  // Each tab has its own clock origin, and two of them can disagree by a millisecond or more. A
  // receipt never comes before its send, so it sorts no earlier than the send it answers.
  const sentAt = new Map<string, number>();
  for (const entry of merged)
    if (entry.direction === 'sent' && entry.envelope) sentAt.set(entry.envelope.id, entry.at);
  const when = (entry: NewLogEntry) => {
    if (entry.direction !== 'received' || !entry.envelope) return entry.at;
    const sent = sentAt.get(entry.envelope.id) ?? entry.envelope.sentAt;
    return Math.max(entry.at, sent + 0.001);
  };
  const keyed = merged.map((entry) => ({ entry, when: when(entry) }));
  keyed.sort((a, b) => a.when - b.when || a.entry.order - b.entry.order);
  merged.splice(0, merged.length, ...keyed.map((k) => k.entry));
  return merged.map(({ order: _order, ...entry }) => {
    void _order;
    return entry;
  });
}
