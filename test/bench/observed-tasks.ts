// The long tasks the page's Long Tasks API observer counted, found in the flood's trace. Chromium's
// scheduler times a task from before the trace's RunTask event begins to after the task's microtask
// checkpoint (a separate top-level event) ends, so when the OS takes the main thread's core away
// between those points, the observer counts a long task that the trace shows as a RunTask of a
// tenth of a millisecond and then nothing at all on the thread. Matching each observed task's
// window against every top-level event of the thread says how much of it the page ran, and which
// task it was. https://w3c.github.io/longtasks/#report-long-tasks
import type { TraceEvent } from './long-tasks';

export type ObservedTask = {
  /** As the observer reported it: ms after the flood's mark on the page's clock, and duration. */
  atMs: number;
  ms: number;
  /** Thread time of the main thread's top-level events inside the window. */
  cpuMs: number;
  /** Wall time those events covered; the rest the thread ran nothing the trace saw. */
  tracedMs: number;
  /** The longest traced task inside: its source (scheduler's posting site) and times; '' if none. */
  longest: string;
};

const cpuOf = (e: TraceEvent) => Math.min(e.tdur ?? e.dur ?? 0, e.dur ?? 0);

/** One thread's outermost top-level events (a task, a microtask checkpoint…), in time order. */
export function outermost(thread: readonly TraceEvent[]): TraceEvent[] {
  const out: TraceEvent[] = [];
  let end = -Infinity;
  for (const e of thread) {
    if (e.ph !== 'X' || !e.cat.split(',').includes('toplevel') || e.ts < end) continue;
    out.push(e);
    end = e.ts + (e.dur ?? 0);
  }
  return out;
}

const sourceOf = (e: TraceEvent) => {
  const args = (e.args ?? {}) as { src_func?: string; src_file?: string };
  return args.src_func ? `${args.src_func} (${args.src_file ?? '?'})` : e.name;
};

/**
 * `thread`: the main thread's complete events in time order (threadEvents); `markUs`: the flood
 * mark's time on the trace's clock; `observed`: [ms after the mark, duration] as the page counted.
 * Events overlapping a window count whole (an event straddling its edge is one the task began or
 * ended in, and the observer's times are coarsened to whole ms).
 */
export function matchObserved(
  thread: readonly TraceEvent[],
  markUs: number,
  observed: readonly (readonly [number, number])[],
): ObservedTask[] {
  const top = outermost(thread);
  return observed.map(([atMs, ms]) => {
    const from = markUs + atMs * 1000;
    const to = from + ms * 1000;
    const inside = top.filter((e) => e.ts < to && e.ts + (e.dur ?? 0) > from);
    const longest = inside.reduce<TraceEvent | null>(
      (a, e) => (a && (a.dur ?? 0) >= (e.dur ?? 0) ? a : e),
      null,
    );
    return {
      atMs,
      ms,
      cpuMs: inside.reduce((n, e) => n + cpuOf(e), 0) / 1000,
      tracedMs: inside.reduce((n, e) => n + (e.dur ?? 0), 0) / 1000,
      longest: longest
        ? `${sourceOf(longest)}, ${((longest.dur ?? 0) / 1000).toFixed(1)} ms wall, ${(cpuOf(longest) / 1000).toFixed(1)} ms CPU`
        : '',
    };
  });
}

const one = (t: ObservedTask) =>
  `${t.ms.toFixed(0)} ms at ${(t.atMs / 1000).toFixed(1)} s: ${t.cpuMs.toFixed(1)} ms of the page's CPU, ${t.tracedMs.toFixed(1)} ms traced as tasks${t.longest ? ` (longest: ${t.longest})` : ''}`;

/**
 * How many counted tasks the page's own work made long, how many were mostly time in which the
 * thread ran nothing the trace saw (its core taken away), and the `top` longest described.
 */
export function describeObserved(tasks: readonly ObservedTask[], top = 3): string {
  if (tasks.length === 0) return 'none';
  const own = tasks.filter((t) => t.cpuMs > 50);
  const most = Math.max(...tasks.map((t) => t.cpuMs));
  const untraced = tasks.filter((t) => t.tracedMs < t.ms / 2).length;
  const longest = [...tasks].sort((a, b) => b.ms - a.ms).slice(0, top);
  return `${tasks.length} counted, ${own.length} with over 50 ms of the page's CPU (the most in one: ${most.toFixed(1)} ms), ${untraced} mostly with no traced task running; the longest ${longest.map(one).join(' · ')}`;
}
