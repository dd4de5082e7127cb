import { useMemo } from 'react';
import { useAppStore } from '../../store';
import { isFilterActive, matchesFilter } from '../../store/log-filter';
import type { LogEntry } from '../../store/log-types';

export type VisibleEntries = {
  count: number;
  at: (index: number) => LogEntry | undefined;
  total: number;
};

/** The log as the list shows it: all entries, or the indices that pass the filter. */
export function useVisibleEntries(): VisibleEntries {
  const buffer = useAppStore((s) => s.log.buffer);
  const revision = useAppStore((s) => s.log.revision);
  const filter = useAppStore((s) => s.log.filter);
  return useMemo(() => {
    void revision; // the buffer is mutable; the revision says when it changed
    if (!isFilterActive(filter))
      return { count: buffer.length, at: (i: number) => buffer.at(i), total: buffer.length };
    const indices: number[] = [];
    for (let i = 0; i < buffer.length; i++) {
      const entry = buffer.at(i);
      if (entry && matchesFilter(entry, filter)) indices.push(i);
    }
    return {
      count: indices.length,
      at: (i: number) => buffer.at(indices[i] ?? -1),
      total: buffer.length,
    };
  }, [buffer, revision, filter]);
}
