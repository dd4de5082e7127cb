import { useAppStore } from '../../store';
import { isFilterActive, matchesFilter } from '../../store/log-filter';
import type { LogEntry, LogFilter } from '../../store/log-types';
import type { RingBuffer } from '../../lib/ring-buffer';

export type VisibleEntries = {
  count: number;
  at: (index: number) => LogEntry | undefined;
  total: number;
};

let last: {
  buffer: RingBuffer<LogEntry>;
  revision: number;
  filter: LogFilter;
  entries: VisibleEntries;
} | null = null;

/**
 * The log as the list shows it: all entries, or the indices that pass the filter. Worked out once
 * per flush and shared (the list, the flow view and the dock's height all read it), so the filter
 * runs over the buffer once, whoever asks.
 */
export function visibleEntries(
  buffer: RingBuffer<LogEntry>,
  revision: number,
  filter: LogFilter,
): VisibleEntries {
  if (last && last.buffer === buffer && last.revision === revision && last.filter === filter)
    return last.entries;
  let entries: VisibleEntries;
  if (!isFilterActive(filter))
    entries = { count: buffer.length, at: (i: number) => buffer.at(i), total: buffer.length };
  else {
    const indices: number[] = [];
    for (let i = 0; i < buffer.length; i++) {
      const entry = buffer.at(i);
      if (entry && matchesFilter(entry, filter)) indices.push(i);
    }
    entries = {
      count: indices.length,
      at: (i: number) => buffer.at(indices[i] ?? -1),
      total: buffer.length,
    };
  }
  last = { buffer, revision, filter, entries };
  return entries;
}

/** The visible entries; the component redraws on every flush (the buffer is mutable). */
export function useVisibleEntries(): VisibleEntries {
  const buffer = useAppStore((s) => s.log.buffer);
  const revision = useAppStore((s) => s.log.revision);
  const filter = useAppStore((s) => s.log.filter);
  return visibleEntries(buffer, revision, filter);
}

/**
 * How many entries the list shows: the component redraws only when that number changes, so the
 * dock around the list stays as it is while a full log takes a flood (shown = its capacity).
 */
export const useVisibleCount = (): number =>
  useAppStore((s) => visibleEntries(s.log.buffer, s.log.revision, s.log.filter).count);
