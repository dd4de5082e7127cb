import type { StateCreator } from 'zustand';
import { RingBuffer } from '../lib/ring-buffer';
import type { LogFilter, NewLogEntry, LogEntry } from './log-types';
import { ALL_DIRECTIONS_FILTER } from './log-types';
import type { AppState } from './index';
import { frameScheduler, type Scheduler } from './frame-scheduler';

export const DEFAULT_LOG_CAPACITY = 10_000;

export type LogSlice = {
  log: {
    buffer: RingBuffer<LogEntry>;
    /** Bumped on every flush; components re-read the buffer when it changes. */
    revision: number;
    paused: boolean;
    /** Entries waiting for the next frame, or for the log to be resumed. */
    held: number;
    /**
     * A flood's size per redraw: what the last flush added, or half the figure before it if that is
     * more (0 after a clear or a replace).
     */
    batch: number;
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

/**
 * A flush of this many entries means a flood (1,500 a second, as a flush draws at most every second
 * frame: see frame-scheduler.ts). Nobody reads 50 new rows at once, so while it lasts the log
 * redraws at most every FLOOD_INTERVAL_MS. Each redraw mounts a screenful of rows and lays them out;
 * ten a second keeps a 5,000-a-second flood from spending most of each frame on rows that are
 * replaced before they can be read.
 */
export const FLOOD_BATCH = 50;
export const FLOOD_INTERVAL_MS = 100;
/** A timer's shortest wait: the flush runs after the frame it was found in (frame-scheduler.ts). */
export const SPLIT_MS = 1;

export const createLogSlice =
  (
    capacity = DEFAULT_LOG_CAPACITY,
    schedule: Scheduler = frameScheduler,
  ): StateCreator<AppState, [], [], LogSlice> =>
  (set, get) => {
    let nextId = 1;
    let pending: LogEntry[] = [];
    let scheduled = false;
    let lastBatch = 0;

    return {
      log: {
        buffer: new RingBuffer<LogEntry>(capacity),
        revision: 0,
        paused: false,
        held: 0,
        batch: 0,
        filter: ALL_DIRECTIONS_FILTER,
        selectedId: null,
      },
      appendLog: (entry) => {
        // The entry is the caller's fresh object (see hooks/log-transport-event.ts): numbering it in
        // place saves a copy of every field for every message.
        const logged = entry as LogEntry;
        logged.id = nextId++;
        pending.push(logged);
        // Held entries are bounded too: more than the buffer holds would be overwritten anyway.
        const { capacity } = get().log.buffer;
        // Trimmed in bulk (not on every append once full), and counted as dropped, as the buffer would.
        if (pending.length > 2 * capacity) {
          get().log.buffer.total += pending.length - capacity;
          pending = pending.slice(-capacity);
        }
        if (!scheduled) {
          scheduled = true;
          const flush = () => {
            scheduled = false;
            get().flushLog();
          };
          if (lastBatch >= FLOOD_BATCH) schedule(flush, FLOOD_INTERVAL_MS);
          else
            schedule(() => {
              // A frame that finds a flood's batch waiting (the flood's first) hands it to a task
              // of its own, as a flood's later flushes are: its render and commit there, its style,
              // layout and paint in the next frame, where in this frame both made one task, the
              // longest of a flood (12 ms of CPU: a screenful of rows mounted and laid out).
              if (pending.length >= FLOOD_BATCH) schedule(flush, SPLIT_MS);
              else flush();
            }, 0);
        }
      },
      flushLog: () => {
        if (get().log.paused) {
          // Paused: only the count of waiting entries changes, still once per frame.
          const held = Math.min(pending.length, get().log.buffer.capacity);
          if (get().log.held !== held) set((s) => ({ log: { ...s.log, held } }));
          return;
        }
        lastBatch = pending.length;
        if (pending.length === 0) return;
        const batch = pending;
        pending = [];
        get().log.buffer.pushAll(batch);
        set((s) => ({
          // Halved per calmer flush, not dropped at once: a flood that stalls for one flush (a
          // busy machine delays its sender) does not count as over (see rows-above.ts).
          log: {
            ...s.log,
            revision: s.log.revision + 1,
            held: 0,
            batch: Math.max(batch.length, s.log.batch >> 1),
          },
        }));
      },
      clearLog: () => {
        pending = [];
        get().log.buffer.clear();
        set((s) => ({
          log: { ...s.log, revision: s.log.revision + 1, held: 0, batch: 0, selectedId: null },
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
        buffer.pushAll(entries.map((entry) => ({ ...entry, id: nextId++ })));
        set((s) => ({
          log: { ...s.log, revision: s.log.revision + 1, batch: 0, selectedId: null },
        }));
      },
      setLogCapacity: (next) => {
        const old = get().log.buffer;
        const buffer = new RingBuffer<LogEntry>(next);
        buffer.pushAll(old.toArray());
        set((s) => ({ log: { ...s.log, buffer, revision: s.log.revision + 1 } }));
      },
    };
  };
