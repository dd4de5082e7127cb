// CPU per Race step from a light trace (one event per task, with its thread time), so a step's
// figure no longer depends on when the bench heard of the step. The app is watched through its
// progress line, and under load the counters were read 100 ms or more after a 400 ms burst began
// or ended: the step's figure was then dropped (a "—" in the tables) or, when the lag passed the
// check, held part of the next step. A task is booked to the step in which it started.
// https://chromedevtools.github.io/devtools-protocol/tot/Tracing/
import { threadEvents, TOP, type TraceEvent } from './long-tasks';
import { busiestRendererMain } from './task-split';

/** One top-level task of the racing tab's main thread: start on the trace clock (µs), thread time. */
export type Task = { startUs: number; cpuUs: number };

/**
 * The top-level tasks of the busiest renderer main thread, in order: the racing tab's (its
 * counterpart frame or popup runs on the same thread). A task-only trace names no frames.
 */
export function mainTasks(events: TraceEvent[]): Task[] {
  const { pid, tid } = busiestRendererMain(events);
  const out: Task[] = [];
  let endUs = -Infinity;
  for (const e of threadEvents(events, pid, tid)) {
    if (!TOP.has(e.name) || e.ts < endUs) continue; // a task inside one already counted
    endUs = e.ts + (e.dur ?? 0);
    // Thread time comes from a coarser clock: a task cannot run longer than it lasted.
    out.push({ startUs: e.ts, cpuUs: Math.min(e.tdur ?? e.dur ?? 0, e.dur ?? 0) });
  }
  return out;
}

/**
 * Thread time, in seconds, of the tasks that started between `fromMs` and `toMs` (the page's
 * performance.now()); `zeroMs` is the trace clock minus the page's, in ms.
 */
export function taskSecondsBetween(
  tasks: readonly Task[],
  fromMs: number,
  toMs: number,
  zeroMs: number,
): number {
  const [from, to] = [(fromMs + zeroMs) * 1000, (toMs + zeroMs) * 1000];
  let us = 0;
  for (const task of tasks) if (task.startUs >= from && task.startUs < to) us += task.cpuUs;
  return us / 1e6;
}
