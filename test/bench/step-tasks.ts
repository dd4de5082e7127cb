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
  return threadTasks(events, pid, tid);
}

/** Workers' threads as Chromium names them: "DedicatedWorker thread", "SharedWorker thread", … */
const WORKER_THREAD = /^(Dedicated|Shared|Service)Worker thread$/;

/**
 * The top-level tasks of every worker thread in the trace, in order of start. A worker counterpart
 * (the SharedWorker hub, the echo worker) does its half of each round trip on its own thread, which
 * the page's counters never see: a hub that checks every envelope can be the race's limit while the
 * page's main thread idles.
 */
export function workerTasks(events: TraceEvent[]): Task[] {
  const workers = events.filter(
    (e) => e.ph === 'M' && e.name === 'thread_name' && WORKER_THREAD.test(String(e.args?.name)),
  );
  return workers
    .flatMap((w) => threadTasks(events, w.pid, w.tid))
    .sort((a, b) => a.startUs - b.startUs);
}

function threadTasks(events: TraceEvent[], pid: number, tid: number): Task[] {
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
