import type { StateCreator } from 'zustand';
import { RingBuffer } from '../lib/ring-buffer';
import type { LogFilter, NewLogEntry, LogEntry } from './log-types';
import { ALL_DIRECTIONS_FILTER } from './log-types';
import type { AppState } from './index';

export const DEFAULT_LOG_CAPACITY = 10_000;

export type LogSlice = {
  log: {
    buffer: RingBuffer<LogEntry>;
    /** Bumped on every flush; components re-read the buffer when it changes. */
    revision: number;
    paused: boolean;
    /** Entries waiting for the next frame, or for the log to be resumed. */
    held: number;
    filter: LogFilter;
    selectedId: number | null;
  };
  appendLog: (entry: NewLogEntry) => void;
  flushLog: () => void;
  clearLog: () => void;
  setLogPaused: (paused: boolean) => void;
  setLogFilter: (patch: Partial<LogFilter>) => void;
  selectLogEntry: (id: number | null) => void;
  setLogCapacity: (capacity: number) => void;
  /** Replaces the log with a merged timeline (see import-log.ts); entries are numbered afresh. */
  replaceLog: (entries: readonly NewLogEntry[]) => void;
};

type Scheduler = (flush: () => void) => void;

// Appends are batched: many messages in one frame cost one store update and one render.
// requestAnimationFrame does not run in hidden tabs, so a timer is the fallback there.
const frameScheduler: Scheduler = (flush) => {
  let done = false;
  const once = () => {
    if (!done) {
      done = true;
      flush();
    }
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(once);
  setTimeout(once, 100);
};

export const createLogSlice =
  (
    capacity = DEFAULT_LOG_CAPACITY,
    schedule: Scheduler = frameScheduler,
  ): StateCreator<AppState, [], [], LogSlice> =>
  (set, get) => {
    let nextId = 1;
    let pending: LogEntry[] = [];
    let scheduled = false;

    return {
      log: {
        buffer: new RingBuffer<LogEntry>(capacity),
        revision: 0,
        paused: false,
        held: 0,
        filter: ALL_DIRECTIONS_FILTER,
        selectedId: null,
      },
      appendLog: (entry) => {
        pending.push({ ...entry, id: nextId++ });
        // Held entries are bounded too: more than the buffer holds would be overwritten anyway.
        const { capacity } = get().log.buffer;
        if (pending.length > capacity) pending = pending.slice(-capacity);
        if (!scheduled) {
          scheduled = true;
          schedule(() => {
            scheduled = false;
            get().flushLog();
          });
        }
      },
      flushLog: () => {
        if (get().log.paused) {
          // Paused: only the count of waiting entries changes, still once per frame.
          if (get().log.held !== pending.length)
            set((s) => ({ log: { ...s.log, held: pending.length } }));
          return;
        }
        if (pending.length === 0) return;
        const batch = pending;
        pending = [];
        get().log.buffer.push(...batch);
        set((s) => ({ log: { ...s.log, revision: s.log.revision + 1, held: 0 } }));
      },
      clearLog: () => {
        pending = [];
        get().log.buffer.clear();
        set((s) => ({
          log: { ...s.log, revision: s.log.revision + 1, held: 0, selectedId: null },
        }));
      },
      setLogPaused: (paused) => {
        set((s) => ({ log: { ...s.log, paused } }));
        if (!paused) get().flushLog();
      },
      setLogFilter: (patch) =>
        set((s) => ({ log: { ...s.log, filter: { ...s.log.filter, ...patch } } })),
      selectLogEntry: (id) => set((s) => ({ log: { ...s.log, selectedId: id } })),
      replaceLog: (entries) => {
        get().flushLog();
        const buffer = get().log.buffer;
        buffer.clear();
        buffer.push(...entries.map((entry) => ({ ...entry, id: nextId++ })));
        set((s) => ({ log: { ...s.log, revision: s.log.revision + 1, selectedId: null } }));
      },
      setLogCapacity: (next) => {
        const old = get().log.buffer;
        const buffer = new RingBuffer<LogEntry>(next);
        buffer.push(...old.toArray());
        set((s) => ({ log: { ...s.log, buffer, revision: s.log.revision + 1 } }));
      },
    };
  };
