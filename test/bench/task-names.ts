// What a heavy task was: its type (a timer, a message event, a frame's style, layout and paint, a
// garbage collection, React's scheduler…), the trace events it spent its own CPU in, and the
// functions V8's sampling profiler caught inside it. The profiler's samples come from the trace
// itself (category disabled-by-default-v8.cpu_profiler: `Profile` and `ProfileChunk` events, the
// format DevTools' Performance panel reads), so they share the tasks' clock.
// https://chromedevtools.github.io/devtools-protocol/tot/Tracing/
import type { LongTask, TraceEvent } from './long-tasks';

/** Where a script position is: `file:line` in source terms (profile.ts maps through dist/*.map). */
export type Where = (url: string, line: number, column: number) => string;

export type NamedTask = {
  atMs: number;
  ms: number;
  cpuMs: number;
  /** timer, message event, frame (…), GC, React scheduler, input event, no script… */
  type: string;
  /** The task's first script entry: function and where, or '' when it ran none. */
  entry: string;
  /** Own CPU by trace event name, most first (ms). */
  events: [string, number][];
  /** The task's longest layout: its CPU, objects dirtied of all, and where it started ('' if none). */
  layout: string;
  /**
   * Sampled self time by function, as shares of the task's samples, most first; empty without
   * profiler samples. Shares, not ms: the sampler ticks on wall time, so a task that waited for a
   * core books the wait to whatever its stack was when it was paused.
   */
  functions: [string, number][];
};

type Frame = { functionName: string; url?: string; scriptId?: number | string };
type Node = { id: number; callFrame: Frame; parent?: number };
type Chunk = {
  cpuProfile?: { nodes?: Node[]; samples?: number[] };
  timeDeltas?: number[];
};
type Sample = { ts: number; frame: Frame };

/** The trace categories that name a task: tasks, timeline events, GC, and profiler samples. */
export const NAMING_CATEGORIES = [
  'toplevel',
  'blink.user_timing',
  'devtools.timeline',
  'disabled-by-default-v8.gc',
  'disabled-by-default-v8.cpu_profiler',
];

/** Is this event one that naming needs (the thread's own, or its profile)? */
export const forNaming = (pid: number, tid: number) => (e: TraceEvent) =>
  e.pid === pid && (e.tid === tid || e.name === 'ProfileChunk' || e.name === 'Profile');

/** The profiler's samples on one thread, in time order, each with its innermost frame. */
export function threadSamples(events: TraceEvent[], pid: number, tid: number): Sample[] {
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  // Without a profile for this thread (the category was off), there are no samples to read.
  if (!profile) return [];
  const id = (profile as TraceEvent & { id?: string }).id;
  const data = (profile.args?.data ?? {}) as { startTime?: number };
  const nodes = new Map<number, Frame>();
  const out: Sample[] = [];
  let ts = data.startTime ?? profile.ts;
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid || (e as { id?: string }).id !== id) continue;
    const chunk = (e.args?.data ?? {}) as Chunk;
    for (const node of chunk.cpuProfile?.nodes ?? []) nodes.set(node.id, node.callFrame);
    const samples = chunk.cpuProfile?.samples ?? [];
    samples.forEach((node, i) => {
      ts += chunk.timeDeltas?.[i] ?? 0;
      const frame = nodes.get(node);
      if (frame) out.push({ ts, frame });
    });
  }
  return out.sort((a, b) => a.ts - b.ts);
}

/** Script URLs by id, from the function calls the trace saw (the profiler's frames lack them). */
export function scriptUrls(events: TraceEvent[]): Map<string, string> {
  const urls = new Map<string, string>();
  for (const e of events) {
    const data = e.args?.data;
    if (data && typeof data.url === 'string' && data.url && data.scriptId !== undefined)
      urls.set(String(data.scriptId), data.url);
  }
  return urls;
}

const GC = /GC|Scavenge|Sweeping|Marking|Evacuat/;
const FRAME = new Set([
  'FireAnimationFrame',
  'UpdateLayoutTree',
  'Layout',
  'Paint',
  'PrePaint',
  'Layerize',
  'Commit',
  'AnimationFrame',
]);

/** A task's type from its direct part with the most time, and the script it entered first. */
export function typeOf(task: LongTask, entry: string): string {
  const top = task.parts[0];
  if (!top) return 'no trace events (native work)';
  if (GC.test(top.name)) return 'GC';
  if (top.name === 'TimerFire') return 'timer';
  if (FRAME.has(top.name)) return 'frame (rAF, style, layout, paint)';
  if (top.name === 'EventDispatch') return `event: ${top.detail}`;
  if (top.name === 'Receive mojo message' || top.name === 'SimpleWatcher::OnHandleReady')
    return 'message from another process (BroadcastChannel, IPC)';
  if (top.name === 'FunctionCall' && /node_modules\/scheduler/.test(entry))
    return "React's scheduler (MessageChannel task)";
  if (top.name === 'FunctionCall') return 'script';
  return top.name;
}

/** Names `task` (one of `thread`'s, from longTasks), with `samples` from threadSamples. */
export function nameTask(
  task: LongTask,
  thread: TraceEvent[],
  samples: Sample[],
  urls: Map<string, string>,
  where: Where,
): NamedTask {
  const startUs = task.ts;
  const endUs = startUs + task.ms * 1000;
  const call = thread.find(
    (e) => e.name === 'FunctionCall' && e.ts >= startUs && e.ts < endUs && e.args?.data?.url,
  );
  const data = call?.args?.data ?? {};
  const entry = call
    ? `${String(data.functionName || '(anonymous)')} ${where(String(data.url), Number(data.lineNumber ?? 1) - 1, Number(data.columnNumber ?? 1) - 1)}`
    : '';
  const layout = longestLayout(thread, startUs, endUs);
  const functions = new Map<string, number>();
  let last = startUs;
  for (const sample of samples) {
    if (sample.ts < startUs) continue;
    if (sample.ts >= endUs) break;
    const { frame } = sample;
    const url = frame.url || urls.get(String(frame.scriptId ?? '')) || '';
    const line = (frame as { lineNumber?: number }).lineNumber ?? 0;
    const column = (frame as { columnNumber?: number }).columnNumber ?? 0;
    const name = url
      ? `${frame.functionName || '(anonymous)'} ${where(url, line, column)}`
      : frame.functionName || '(native)';
    if (name !== '(idle)')
      functions.set(name, (functions.get(name) ?? 0) + (sample.ts - last) / 1000);
    last = sample.ts;
  }
  const ranked = (m: Map<string, number>, total = 1) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([name, n]): [string, number] => [name, n / total]);
  const sampled = [...functions.values()].reduce((a, b) => a + b, 0);
  return {
    atMs: task.atMs,
    ms: task.ms,
    cpuMs: task.cpuMs,
    type: typeOf(task, entry),
    entry,
    events: ranked(task.self),
    layout,
    functions: ranked(functions, sampled),
  };
}

type LayoutData = {
  beginData?: { dirtyObjects?: number; totalObjects?: number };
  endData?: { layoutRoots?: { depth?: number; nodeName?: string }[] };
};

/**
 * The longest Layout event in a task: how many layout objects it had to lay out of how many, and
 * its root (the document when the change reached up to it; a relayout boundary's element when
 * containment stopped it there).
 */
function longestLayout(thread: TraceEvent[], startUs: number, endUs: number): string {
  let longest: TraceEvent | null = null;
  for (const e of thread) {
    if (e.ts >= endUs) break;
    if (e.name === 'Layout' && e.ts >= startUs && (e.dur ?? 0) > (longest?.dur ?? -1)) longest = e;
  }
  if (!longest) return '';
  const args = (longest.args ?? {}) as LayoutData;
  const root = args.endData?.layoutRoots?.[0];
  const cpu = Math.min(longest.tdur ?? longest.dur ?? 0, longest.dur ?? 0) / 1000;
  return `${cpu.toFixed(1)} ms CPU, ${args.beginData?.dirtyObjects ?? '?'} of ${args.beginData?.totalObjects ?? '?'} objects dirty, root ${root?.nodeName ?? '?'} at depth ${root?.depth ?? '?'}`;
}

/** One printed line per task, and its functions and events under it. */
export function formatNamed(task: NamedTask): string {
  const list = (pairs: [string, number][], format: (n: number) => string) =>
    pairs.map(([name, n]) => `${name} ${format(n)}`).join(', ');
  return [
    `@${task.atMs.toFixed(0)} ms: ${task.ms.toFixed(1)} ms wall, ${task.cpuMs.toFixed(1)} ms CPU: ${task.type}${task.entry ? ` → ${task.entry}` : ''}`,
    `      events (CPU ms): ${list(task.events, (ms) => ms.toFixed(1))}`,
    ...(task.layout ? [`      longest layout: ${task.layout}`] : []),
    ...(task.functions.length
      ? [`      sampled: ${list(task.functions, (share) => `${(share * 100).toFixed(0)}%`)}`]
      : []),
  ].join('\n');
}

/** The named tasks of one flood, for the bench's output: over 50 ms of wall time, then by CPU. */
export function formatNamedTasks(
  label: string,
  named: { overWall: NamedTask[]; topCpu: NamedTask[] },
): string {
  return [
    `  ${label}, tasks over 50 ms of wall time: ${named.overWall.length ? '' : 'none'}`,
    ...named.overWall.map((t) => `    ${formatNamed(t)}`),
    `  ${label}, the ${named.topCpu.length} tasks with the most CPU:`,
    ...named.topCpu.map((t) => `    ${formatNamed(t)}`),
  ].join('\n');
}
