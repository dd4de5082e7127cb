import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { cpuMeter, perMessage, type CpuPerMessage } from './cpu';
import { LONG_FRAME_RECORDER, type LongFrame } from './long-frames';
import { threadEvents, TRACE_CATEGORIES } from './long-tasks';
import { matchObserved, type ObservedTask } from './observed-tasks';
import { mainAndNaming, splitLongTasks, type TaskSplit } from './task-split';
import { NAMING_CATEGORIES } from './task-names';
import { frameFigures } from './vsync-frames';
import { locate, startProfile, stopProfile, type CpuProfile } from './profile';

export const LOAD_TOTAL = 100_000;
export const LOAD_RATE = 5_000;

/** Frame times are whole display periods (vsync-frames.ts): a frame on the next vsync is one. */
export type LoadResult = {
  p95FrameMs: number;
  medianFrameMs: number;
  maxFrameMs: number;
  /** The p95 read straight from the rAF timestamps' differences (coarsened: 16.8 for one vsync). */
  p95RawFrameMs: number;
  /** The display period measured in this flood, and how far any interval sat from whole periods. */
  vsyncMs: number;
  vsyncOffMs: number;
  /** Frames that missed at least one vsync. */
  droppedFrames: number;
  frames: number;
  longestTaskMs: number | null;
  longTasks: number;
  /** Every counted long task's duration, in the order of longTaskAtMs. */
  longTasksMs: number[];
  /** When each counted long task started, in ms after the flood's mark. */
  longTaskAtMs: number[];
  /** Long tasks before the flood's mark: the bench's own setup (CDP, recorders, profiler). */
  setupTasks: number[];
  /** Long tasks after every message arrived: the bench stopping its profiler and trace. */
  afterTasks: number[];
  /** Frames over 50 ms and what they were made of (Long Animation Frames). */
  longFrames: LongFrame[];
  heapMB: number;
  received: number;
  seconds: number;
  /** The receiving tab's CPU time per received message. */
  cpu: CpuPerMessage;
  /** Of that, style recalculation and layout, in µs per received message. */
  styleLayoutUs: number;
  /** Only when asked for: the receiving tab's CPU profile over the whole flood. */
  profile?: CpuProfile;
  /** Only when asked for: a Chrome trace (JSON) of the whole flood, every process. */
  trace?: Buffer;
  /** Only when asked for (traceTasks): long tasks split into the page's CPU and waiting. */
  taskSplit?: TaskSplit;
  /** Only with traceTasks: each long task the observer counted, as the trace saw its window. */
  observed?: ObservedTask[];
};

export type LoadOptions = {
  total: number;
  rate: number;
  profile?: boolean;
  /** A full trace (every category the long-task analysis reads), returned as JSON. */
  trace?: boolean;
  /** A trace of tasks, timeline events and profiler samples, summarised as `taskSplit`. */
  traceTasks?: boolean;
  /**
   * Where to keep this flood's record: `.bench-results/traces/<name>.json` (the trace, when one
   * runs) and `<name>.frames.json` (the rAF timestamps and the long tasks on the page's clock), so
   * a figure can be checked against the trace afterwards.
   */
  keepAs?: string;
};

// The in-page code is plain JavaScript text: functions compiled by tsx carry helpers (`__name`)
// that do not exist in the page.

/** Records every frame's duration and every long task (> 50 ms) in the page. */
export const RECORDER = `(() => {
  window.__frames = [];
  window.__stamps = [];
  window.__tasks = [];
  window.__stop = false;
  new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__tasks.push([e.startTime, e.duration]))).observe({ type: 'longtask' });
  let last = performance.now();
  const tick = (t) => {
    window.__frames.push(t - last);
    window.__stamps.push(t);
    last = t;
    if (!window.__stop) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

// Tasks and frames that started before the flood's mark (when the page has one) are the bench's own
// setup (its CDP sessions, the recorders, the profiler starting), not the flood: kept apart. So are
// those after its end mark (every message received): the bench stopping its profiler and its trace,
// whose buffers the renderer flushes on its main thread. (A 61 ms task the observer counted had no
// traced task to match; whether it came from that flush is not proven: the next runs print it here.)
export const STOP = `(() => {
  window.__stop = true;
  if (window.gc) window.gc();
  const mark = performance.getEntriesByName('bench-flood-start').pop();
  const end = performance.getEntriesByName('bench-flood-end').pop();
  const from = mark ? mark.startTime : -Infinity;
  const until = end ? end.startTime : Infinity;
  const inFlood = ([at]) => at >= from && at < until;
  const frames = window.__longFrames || [];
  return {
    frames: window.__frames.slice(5),
    stamps: window.__stamps.slice(4),
    markAt: mark ? mark.startTime : null,
    endAt: end ? end.startTime : null,
    allTasks: window.__tasks,
    tasks: window.__tasks.filter(inFlood).map(([, ms]) => ms),
    taskAtMs: window.__tasks.filter(inFlood).map(([at]) => at - (mark ? mark.startTime : 0)),
    setupTasks: window.__tasks.filter(([at]) => at < from).map(([, ms]) => ms),
    afterTasks: window.__tasks.filter(([at]) => at >= until).map(([, ms]) => ms),
    longFrames: frames.filter((f) => f.at >= from && f.at < until),
    heap: performance.memory ? performance.memory.usedJSHeapSize : NaN,
  };
})()`;

/** Posts `total` envelopes on the comms-lab channel at `rate` a second, catching up on timer jitter. */
export const generatorScript = (total: number, rate: number) => `new Promise((done) => {
  const total = ${total}, rate = ${rate};
  const channel = new BroadcastChannel('comms-lab');
  const sender = { id: 'load-generator', name: 'Load', color: '#555555', kind: 'tab' };
  const started = performance.now();
  let seq = 0;
  const timer = setInterval(() => {
    const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * rate));
    while (seq < due) {
      seq++;
      channel.postMessage({ v: 1, id: 'load-' + seq, mechanism: 'broadcast-channel', sender, kind: 'chat', body: 'load ' + seq, sentAt: performance.timeOrigin + performance.now(), seq });
    }
    if (seq >= total) {
      clearInterval(timer);
      channel.close();
      done((performance.now() - started) / 1000);
    }
  }, 10);
})`;

const where = (url: string, line: number, column: number) =>
  locate({ functionName: '', url, lineNumber: line, columnNumber: column }).where;

/**
 * Long tasks split into own CPU and waiting, the longest and costliest named; and the tasks the
 * page's observer counted (`observed`: ms after the mark, duration), found in the trace.
 */
function splitTasks(
  trace: Buffer,
  observed: [number, number][],
): { split: TaskSplit; observed: ObservedTask[] } {
  const { at, events, markUs } = mainAndNaming(trace, FLOOD_MARK);
  return {
    split: splitLongTasks(events, 50, { at, where, fromUs: markUs }),
    observed: matchObserved(threadEvents(events, at.pid, at.tid), markUs, observed),
  };
}

/** A User Timing mark in the receiving tab as the flood starts: the tasks counted follow it. */
const FLOOD_MARK = 'bench-flood-start';
const FLOOD_END = 'bench-flood-end';
const KEEP_DIR = '.bench-results/traces';

export async function logLoad(
  browser: Browser,
  receiverUrl: string,
  generatorUrl: string,
  receivedCount: (page: Page) => Promise<number>,
  { total, rate, profile = false, trace = false, traceTasks = false, keepAs }: LoadOptions = {
    total: LOAD_TOTAL,
    rate: LOAD_RATE,
  },
): Promise<LoadResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const [generator, receiver] = [await context.newPage(), await context.newPage()];
    await receiver.goto(receiverUrl);
    await generator.goto(generatorUrl);
    await receiver.waitForTimeout(500);
    // From before the recorders start: whatever they count, the trace holds.
    if (trace || traceTasks)
      await browser.startTracing(receiver, {
        categories: trace ? TRACE_CATEGORIES : NAMING_CATEGORIES,
      });
    await receiver.evaluate(RECORDER);
    await receiver.evaluate(LONG_FRAME_RECORDER);
    const meter = await cpuMeter(receiver);
    const before = await meter.read();
    const already = await receivedCount(receiver);
    if (profile) await startProfile(meter.session);
    await receiver.evaluate(`performance.mark('${FLOOD_MARK}')`);
    const seconds = (await generator.evaluate(generatorScript(total, rate))) as number;
    const deadline = Date.now() + 30_000;
    let received = (await receivedCount(receiver)) - already;
    while (received < total && Date.now() < deadline) {
      await receiver.waitForTimeout(200);
      received = (await receivedCount(receiver)) - already;
    }
    // The flood's end, before the bench stops its profiler and trace; frames stop counting here.
    await receiver.evaluate(`performance.mark('${FLOOD_END}'); window.__stop = true`);
    const profiled = profile ? await stopProfile(meter.session) : undefined;
    const traced = trace || traceTasks ? await browser.stopTracing() : undefined;
    const after = await meter.read();
    const cpu = perMessage(before, after, received);
    const styleLayout =
      after.LayoutDuration -
      before.LayoutDuration +
      after.RecalcStyleDuration -
      before.RecalcStyleDuration;
    const stopped = (await receiver.evaluate(STOP)) as {
      frames: number[];
      stamps: number[];
      markAt: number | null;
      endAt: number | null;
      allTasks: [number, number][];
      tasks: number[];
      taskAtMs: number[];
      setupTasks: number[];
      afterTasks: number[];
      longFrames: LongFrame[];
      heap: number;
    };
    const { frames, tasks, taskAtMs, setupTasks, afterTasks, longFrames, heap } = stopped;
    if (keepAs) {
      mkdirSync(KEEP_DIR, { recursive: true });
      const { stamps, markAt, endAt, allTasks } = stopped;
      writeFileSync(
        `${KEEP_DIR}/${keepAs}.frames.json`,
        JSON.stringify({ stamps, markAt, endAt, tasks: allTasks }),
      );
      if (traced) writeFileSync(`${KEEP_DIR}/${keepAs}.json`, traced);
    }
    const read =
      traced && traceTasks
        ? splitTasks(
            traced,
            taskAtMs.map((at, i) => [at, tasks[i] as number]),
          )
        : undefined;
    const frame = frameFigures(frames);
    return {
      p95FrameMs: frame.p95Ms,
      p95RawFrameMs: frame.p95RawMs,
      vsyncMs: frame.periodMs,
      vsyncOffMs: frame.worstOffMs,
      droppedFrames: frame.dropped,
      frames: frame.frames,
      medianFrameMs: frame.medianMs,
      maxFrameMs: frame.maxMs,
      longestTaskMs: tasks.length ? Math.max(...tasks) : null,
      longTasks: tasks.length,
      longTasksMs: tasks,
      longTaskAtMs: taskAtMs,
      setupTasks,
      afterTasks,
      longFrames,
      heapMB: heap / 1024 / 1024,
      received,
      seconds,
      cpu,
      styleLayoutUs: received > 0 ? (styleLayout * 1e6) / received : NaN,
      profile: profiled,
      trace: trace ? traced : undefined,
      taskSplit: read?.split,
      observed: read?.observed,
    };
  } finally {
    await context.close();
  }
}
