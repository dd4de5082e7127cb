// Long tasks split into the page's own work and the time it waited for a core, from a light trace
// (one event per task) that every log flood can afford.
import {
  describeWith,
  longTasks,
  threadEvents,
  TOP,
  type LongTask,
  type TraceEvent,
} from './long-tasks';
import {
  forNaming,
  nameTask,
  scriptUrls,
  threadSamples,
  type NamedTask,
  type Where,
} from './task-names';
import { eachTraceEvent } from './trace-events';

/** The CrRendererMain thread with the most tasks: the flooded tab's, when the trace has no URLs. */
export function busiestRendererMain(events: TraceEvent[]): { pid: number; tid: number } {
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}/${e.tid}`),
  );
  const counts = new Map<string, number>();
  for (const e of events) {
    const key = `${e.pid}/${e.tid}`;
    if (TOP.has(e.name) && mains.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!best) throw new Error('no renderer main thread with tasks in the trace');
  const [pid, tid] = best[0].split('/').map(Number) as [number, number];
  return { pid, tid };
}

/** Tasks over 50 ms of wall time, and how many of them the page's own work made long. */
export type TaskSplit = {
  overWall: number;
  overCpu: number;
  longestWallMs: number;
  /** The thread time of that longest task. */
  longestWallCpuMs: number;
  longestCpuMs: number;
  /**
   * Only when the trace has more than tasks (NAMING_CATEGORIES): what each task over 50 ms of wall
   * time was, and what the TOP_BY_CPU tasks with the most CPU were.
   */
  named?: { overWall: NamedTask[]; topCpu: NamedTask[] };
};

export const TOP_BY_CPU = 5;

/**
 * `events` may be one thread's only (the main thread `at`, as read by mainAndNaming); without
 * `where`, the tasks are not named. Tasks before `fromUs` (trace clock) are left out: starting the
 * trace's CPU profiler costs the page one task of 40–60 ms of CPU (V8 logs every compiled
 * function), before any message is sent.
 */
export function splitLongTasks(
  events: TraceEvent[],
  thresholdMs = 50,
  {
    at = busiestRendererMain(events),
    where,
    fromUs = -Infinity,
  }: { at?: { pid: number; tid: number }; where?: Where; fromUs?: number } = {},
): TaskSplit {
  const { pid, tid } = at;
  const thread = threadEvents(events, pid, tid);
  const describe = where ? describeWith(where) : undefined;
  const after = (t: LongTask) => t.ts >= fromUs;
  const wall = longTasks(thread, { thresholdMs, describe, measure: 'wall' }).filter(after);
  // Every task over a millisecond of CPU: the most one task cost, whatever its wall time.
  const cpu = longTasks(thread, { thresholdMs: 1, measure: 'cpu', describe }).filter(after);
  const longest = wall.reduce<LongTask | null>((a, t) => (a && a.ms >= t.ms ? a : t), null);
  const split: TaskSplit = {
    overWall: wall.length,
    overCpu: cpu.filter((t) => t.cpuMs > thresholdMs).length,
    longestWallMs: longest?.ms ?? 0,
    longestWallCpuMs: longest?.cpuMs ?? 0,
    longestCpuMs: cpu.reduce((most, t) => Math.max(most, t.cpuMs), 0),
  };
  if (!where) return split;
  const samples = threadSamples(events, pid, tid);
  const urls = scriptUrls(thread);
  const name = (task: LongTask) => nameTask(task, thread, samples, urls, where);
  // The wall-time tasks named with their CPU parts: the same tasks found among `cpu` by start.
  const byStart = new Map(cpu.map((t) => [t.ts, t]));
  const topCpu = [...cpu].sort((a, b) => b.cpuMs - a.cpuMs).slice(0, TOP_BY_CPU);
  split.named = {
    overWall: wall.map((t) => name(byStart.get(t.ts) ?? t)),
    topCpu: topCpu.map(name),
  };
  return split;
}

/**
 * A trace read for naming: the busiest renderer main thread found from thread names and tasks, then
 * that thread's events and its profile kept (two passes, so a large trace is never held whole).
 */
export function mainAndNaming(
  json: Buffer,
  mark: string,
): { at: { pid: number; tid: number }; events: TraceEvent[]; markUs: number } {
  const at = busiestRendererMain(parseTrace(json, tasksAndThreads));
  const { pid, tid } = at;
  const events = parseTrace(
    json,
    (e) => forNaming(pid, tid)(e) || (e.pid === pid && e.name === mark),
  );
  const markUs = events.find((e) => e.name === mark)?.ts ?? -Infinity;
  return { at, events, markUs };
}

/** One event per task, with its thread time: light enough for every flood (the Race's trace). */
export const TASK_CATEGORIES = ['toplevel'];

/** Past this many bytes a trace is read event by event (a string tops out at 512 MB). */
const WHOLE_LIMIT = 128 * 1024 * 1024;

/**
 * The JSON that Tracing writes: an object with traceEvents, or (older) a bare array. `keep` picks
 * the events to hold; a large trace is read one event at a time (trace-events.ts).
 */
export function parseTrace(
  json: Buffer | string,
  keep: (event: TraceEvent) => boolean = () => true,
): TraceEvent[] {
  if (typeof json !== 'string' && json.length > WHOLE_LIMIT) return eachTraceEvent(json, keep);
  const parsed = JSON.parse(json.toString()) as { traceEvents: TraceEvent[] } | TraceEvent[];
  return (Array.isArray(parsed) ? parsed : parsed.traceEvents).filter(keep);
}

/** What the tasks-per-thread readers need: thread names, and the tasks without their arguments. */
export const tasksAndThreads = (event: TraceEvent) => {
  if (event.ph === 'M') return event.name === 'thread_name';
  if (!TOP.has(event.name)) return false;
  delete event.args;
  return true;
};
