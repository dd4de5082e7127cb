// What a long task is made of, read from a Chrome trace (the JSON `Tracing` writes): the tasks of one
// renderer's main thread that ran over 50 ms, each with its direct parts (an animation frame, a
// timer, a message event, a GC…) and its self time by event name (script, style, layout, paint…).
// https://chromedevtools.github.io/devtools-protocol/tot/Tracing/
// https://developer.mozilla.org/en-US/docs/Web/API/PerformanceLongTaskTiming

export type TraceEvent = {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread time: what the thread ran, without the time the OS gave its core to someone else. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown> };
};

export type TaskPart = { name: string; ms: number; detail: string };
/**
 * Wall time is what a reader waits (and what the Long Tasks API counts); thread time is what the
 * page's own work cost. On a busy machine they differ by 100×: a message handler of 0.2 ms of CPU
 * can take 100 ms of wall time while the OS runs something else on the core.
 */
export type Measure = 'wall' | 'cpu';
export type LongTask = {
  /** From the first task on the thread, in ms. */
  atMs: number;
  /** The trace's own clock (µs), to find other events (profiler samples) inside the task. */
  ts: number;
  /** Wall time and thread time of the whole task. */
  ms: number;
  cpuMs: number;
  /** The task's direct children, longest first. */
  parts: TaskPart[];
  /** Self time by event name within the task (what is not inside a child is the task's own). */
  self: Map<string, number>;
};

/** Trace categories that carry tasks, frames, script, style, layout, paint and GC. */
export const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-v8.gc',
  'blink.user_timing',
];

export const TOP = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/** The main thread of the renderer that shows a frame whose URL contains `urlPart`. */
export function rendererMain(events: TraceEvent[], urlPart: string): { pid: number; tid: number } {
  const started = events.find((e) => e.name === 'TracingStartedInBrowser');
  const frames = (started?.args?.data?.frames ?? []) as { url?: string; processId?: number }[];
  const pid = frames.find((f) => f.url?.includes(urlPart))?.processId;
  if (pid === undefined) throw new Error(`no frame with "${urlPart}" in the trace`);
  const thread = events.find(
    (e) =>
      e.pid === pid &&
      e.ph === 'M' &&
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain',
  );
  if (!thread) throw new Error(`no main thread for process ${pid}`);
  return { pid, tid: thread.tid };
}

/** Complete events (ph X, or B/E pairs made into one) of one thread, ordered by start. */
export function threadEvents(events: TraceEvent[], pid: number, tid: number): TraceEvent[] {
  const out: TraceEvent[] = [];
  const open: TraceEvent[] = [];
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid) continue;
    if (e.ph === 'X' && e.dur !== undefined) out.push(e);
    else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E') {
      const begin = open.pop();
      if (begin) out.push({ ...begin, ph: 'X', dur: e.ts - begin.ts });
    }
  }
  // Longer first at the same start, so a parent comes before its children.
  return out.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
}

type Describe = (event: TraceEvent) => string;
export type LongTaskOptions = { thresholdMs?: number; measure?: Measure; describe?: Describe };

/** A part's detail: the event type, the function (through `where`), the timer. */
export const describeWith =
  (where: (url: string, line: number, column: number) => string): Describe =>
  (event) => {
    const data = event.args?.data ?? {};
    if (event.name === 'EventDispatch') return String(data.type ?? '');
    if (event.name === 'FunctionCall' && typeof data.url === 'string')
      return `${String(data.functionName || '(anonymous)')} ${where(data.url, Number(data.lineNumber ?? 1) - 1, Number(data.columnNumber ?? 1) - 1)}`;
    if (event.name === 'TimerFire') return `timer ${String(data.timerId ?? '')}`;
    return '';
  };

// Thread time is read from a coarser clock than wall time, so it can come out a little longer
// than the wall time around it; a task cannot run longer than it lasted.
const cpuOf = (e: TraceEvent) => Math.min(e.tdur ?? e.dur ?? 0, e.dur ?? 0);
const durationOf = (measure: Measure) => (e: TraceEvent) =>
  measure === 'cpu' ? cpuOf(e) : (e.dur ?? 0);

/**
 * Tasks over `thresholdMs` (of `measure` time) with their parts, in the same measure; `events` are
 * one thread's, from threadEvents.
 */
export function longTasks(
  events: TraceEvent[],
  { thresholdMs = 50, measure = 'wall', describe = () => '' }: LongTaskOptions = {},
): LongTask[] {
  const duration = durationOf(measure);
  const tasks = events.filter((e) => TOP.has(e.name));
  const origin = tasks[0]?.ts ?? 0;
  const out: LongTask[] = [];
  let from = 0;
  let lastEnd = -Infinity;
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    // Two names for one task can nest (a thread controller's around the scheduler's): count it once.
    if (task.ts < lastEnd) continue;
    lastEnd = end;
    if (duration(task) / 1000 <= thresholdMs) continue;
    while (from < events.length && (events[from] as TraceEvent).ts < task.ts) from++;
    const inside: TraceEvent[] = [];
    for (let i = from; i < events.length && (events[i] as TraceEvent).ts < end; i++) {
      const e = events[i] as TraceEvent;
      if (e !== task && !TOP.has(e.name)) inside.push(e);
    }
    out.push({
      atMs: (task.ts - origin) / 1000,
      ts: task.ts,
      ms: (task.dur ?? 0) / 1000,
      cpuMs: cpuOf(task) / 1000,
      ...partsOf(task, inside, describe, duration),
    });
  }
  return out;
}

function partsOf(
  task: TraceEvent,
  inside: TraceEvent[],
  describe: Describe,
  duration: (e: TraceEvent) => number,
) {
  const self = new Map<string, number>();
  const add = (name: string, us: number) => self.set(name, (self.get(name) ?? 0) + us / 1000);
  const parts: TaskPart[] = [];
  const stack: { event: TraceEvent; end: number }[] = [];
  let childrenUs = 0;
  // Nesting follows wall time (start and end); amounts are in the measure asked for.
  for (const e of inside) {
    const end = e.ts + (e.dur ?? 0);
    while (stack.length && (stack[stack.length - 1] as { end: number }).end <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) add(parent.event.name, -duration(e));
    else {
      childrenUs += duration(e);
      parts.push({ name: e.name, ms: duration(e) / 1000, detail: describe(e) });
    }
    add(e.name, duration(e));
    stack.push({ event: e, end });
  }
  add('(task itself)', duration(task) - childrenUs);
  parts.sort((a, b) => b.ms - a.ms);
  return { parts, self };
}

/** Self time by name summed over tasks, longest first. */
export function sumSelf(tasks: LongTask[]): [string, number][] {
  const total = new Map<string, number>();
  for (const task of tasks)
    for (const [name, ms] of task.self) total.set(name, (total.get(name) ?? 0) + ms);
  return [...total].sort((a, b) => b[1] - a[1]);
}
