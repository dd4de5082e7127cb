import type { LogEntry } from './log-types';

/**
 * A received envelope's one-way latency: its arrival less its sender's `sentAt` (both
 * `performance.timeOrigin + performance.now()`, one clock for the tabs of one browser:
 * https://w3c.github.io/hr-time/#dfn-time-origin). Worked out when a row, the detail or an export
 * needs it rather than kept in each of the log's 10,000 entries: a kept fraction is a heap number
 * of its own, 12 bytes and a slot per entry (test/bench/heap-kept.ts). An imported entry keeps the
 * figure its file carries, worked out in the tab that wrote it.
 */
export function latencyOf(entry: LogEntry): number | undefined {
  if (entry.latencyMs !== undefined || entry.source) return entry.latencyMs;
  if (entry.direction !== 'received' || entry.raw || !entry.envelope) return undefined;
  return Math.max(0, entry.at - entry.envelope.sentAt);
}
