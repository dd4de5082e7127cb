import { toJsonSafe } from '../../lib/describe-value';
import type { RaceResult } from '../../lib/race-types';
import type { PeerRef } from '../../shared/envelope';
import { latencyOf } from '../../store/log-latency';
import type { LogEntry } from '../../store/log-types';

export const EXPORT_FORMAT = 'comms-lab-log';
export const EXPORT_VERSION = 1;

/** A JSON-safe export: Map, Set, Blob, Date and the rest become tagged objects. */
export function buildExport(
  entries: readonly LogEntry[],
  tab: PeerRef,
  exportedAt: number,
  race: Record<string, RaceResult> = {},
) {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(exportedAt).toISOString(),
    clock: 'performance.timeOrigin + performance.now()',
    tab,
    /** The comparison page's Race results, when this tab ran one. */
    race: Object.values(race),
    entries: entries.map((entry) => ({
      ...entry,
      // Kept in no live entry (log-latency.ts), written into the file.
      latencyMs: latencyOf(entry),
      payload: toJsonSafe(entry.payload),
      envelope: entry.envelope
        ? { ...entry.envelope, body: toJsonSafe(entry.envelope.body) }
        : undefined,
    })),
  };
}

export function downloadJson(fileName: string, value: unknown): void {
  const blob = new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
