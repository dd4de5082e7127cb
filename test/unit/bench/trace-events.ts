// Trace events as Chrome writes them, for the bench's trace readers' tests.
import type { TraceEvent } from '../../bench/long-tasks';

/** A thread's name (a metadata event). */
export const thread = (pid: number, tid: number, name: string): TraceEvent => ({
  name: 'thread_name',
  cat: '__metadata',
  ph: 'M',
  ts: 0,
  pid,
  tid,
  args: { name },
});

/** A top-level task: wall time `dur`, thread time `tdur` (µs). */
export const task = (
  pid: number,
  tid: number,
  ts: number,
  dur: number,
  tdur: number,
  name = 'ThreadControllerImpl::RunTask',
): TraceEvent => ({ name, cat: 'toplevel', ph: 'X', ts, dur, tdur, pid, tid });
