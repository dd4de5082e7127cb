import { useAppStore } from '../../store';
import type { LogEntry } from '../../store/log-types';

/** The entry whose details are open, if it is still in the log. */
export function useSelectedEntry(): LogEntry | undefined {
  const selectedId = useAppStore((s) => s.log.selectedId);
  // Zustand re-runs selectors on every store change, so this also follows new flushes.
  return useAppStore((s) => {
    if (selectedId === null) return undefined;
    for (let i = s.log.buffer.length - 1; i >= 0; i--) {
      const entry = s.log.buffer.at(i);
      if (entry?.id === selectedId) return entry;
    }
    return undefined;
  });
}
