// Long tasks split into the page's own work and the time it waited for a core, from a light trace
// (one event per task) that every log flood can afford.
import { longTasks, threadEvents, TOP, type LongTask, type TraceEvent } from './long-tasks';
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
};

export function splitLongTasks(events: TraceEvent[], thresholdMs = 50): TaskSplit {
  const { pid, tid } = busiestRendererMain(events);
  const thread = threadEvents(events, pid, tid);
  const wall = longTasks(thread, { thresholdMs });
  // Every task over a millisecond of CPU: the most one task cost, whatever its wall time.
  const cpu = longTasks(thread, { thresholdMs: 1, measure: 'cpu' });
  const longest = wall.reduce<LongTask | null>((a, t) => (a && a.ms >= t.ms ? a : t), null);
  return {
    overWall: wall.length,
    overCpu: cpu.filter((t) => t.cpuMs > thresholdMs).length,
    longestWallMs: longest?.ms ?? 0,
    longestWallCpuMs: longest?.cpuMs ?? 0,
    longestCpuMs: cpu.reduce((most, t) => Math.max(most, t.cpuMs), 0),
  };
}

/** One event per task, with its thread time: light enough for every flood. */
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
