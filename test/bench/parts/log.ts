// The log under a flood: 100,000 BroadcastChannel messages at 5,000/s into one tab, the app's page
// and the minimal page in turn, run after run; the last run with a busy neighbour beside it. Then
// one shorter, profiled flood of each.
import { startBusyNeighbour } from '../busy';
import { combine, type Figure, figuresTable, type Goal, printGoals } from '../figures';
import { f, ratio, table } from '../format';
import { describeLongFrames } from '../long-frames';
import { describeObserved } from '../observed-tasks';
import type { TaskSplit } from '../task-split';
import { formatNamedTasks } from '../task-names';
import { LOAD_RATE, LOAD_TOTAL, type LoadResult } from '../log-load';
import { flood } from './log-flood';
import { formatProfile, saveProfile, summarizeProfiles } from '../profile';
import { eachRun, type PartContext, type PartResult } from './context';

const PROFILED_TOTAL = 20_000;

const longest = (r: LoadResult) => r.longestTaskMs ?? 0;
const outside = (tasks: number[]) =>
  tasks.length ? `long tasks of ${tasks.map((ms) => f(ms, 0)).join(', ')} ms` : 'none';
const counted = (r: LoadResult) =>
  r.longTaskAtMs.length
    ? r.longTaskAtMs
        .map((at, i) => `${f(r.longTasksMs[i] ?? 0, 0)} ms at ${f(at / 1000, 1)} s`)
        .join(', ')
    : 'none';

// Wall time over 50 ms is what a reader feels; thread time says whether the page's own work did it.
const describeSplit = (s: TaskSplit) =>
  `${s.overWall} over 50 ms of wall time, ${s.overCpu} over 50 ms of the thread's own CPU; the longest, ${f(s.longestWallMs, 0)} ms, ran ${f(s.longestWallCpuMs, 1)} ms of CPU; the most CPU in one task: ${f(s.longestCpuMs, 1)} ms`;

function figuresOf(app: LoadResult, bare: LoadResult): Figure[] {
  const fig = (
    id: string,
    label: string,
    unit: string,
    pick: (r: LoadResult) => number,
  ): Figure => ({
    id: `log.${id}`,
    label,
    unit,
    better: 'lower',
    app: pick(app),
    minimal: pick(bare),
  });
  return [
    fig('frame-median', 'median frame', 'ms', (r) => r.medianFrameMs),
    fig('frame-p95', 'p95 frame (whole vsyncs)', 'ms', (r) => r.p95FrameMs),
    fig('frame-p95-raw', 'p95 frame (rAF timestamps as read)', 'ms', (r) => r.p95RawFrameMs),
    fig('frame-max', 'longest frame', 'ms', (r) => r.maxFrameMs),
    fig('dropped', 'dropped frames', 'frames', (r) => r.droppedFrames),
    fig('longest-task', 'longest task over 50 ms (0: none)', 'ms', longest),
    fig('cpu-task', 'CPU per received message (task)', 'µs/msg', (r) => r.cpu.taskUs),
    fig('cpu-script', 'CPU per received message (script)', 'µs/msg', (r) => r.cpu.scriptUs),
    fig(
      'cpu-style-layout',
      'CPU per received message (style and layout)',
      'µs/msg',
      (r) => r.styleLayoutUs,
    ),
    fig('heap', 'JS heap after GC', 'MB', (r) => r.heapMB),
  ];
}

// Frame times are counted in whole vsyncs (vsync-frames.ts); the timestamps as read beside them.
const vsyncs = (r: LoadResult) =>
  `${f(r.p95FrameMs / r.vsyncMs, 0)} × the ${f(r.vsyncMs, 3)} ms vsync; read from the timestamps ${f(r.p95RawFrameMs)}, which sit up to ${f(r.vsyncOffMs, 2)} ms off whole vsyncs`;

function goalsOf(run: number, busy: string, app: LoadResult, bare: LoadResult): Goal[] {
  const floor = Math.max(16.7, bare.p95FrameMs);
  const task =
    app.longestTaskMs === null ? 'no task over 50 ms' : `a task of ${f(app.longestTaskMs, 0)} ms`;
  return [
    {
      goal: `run ${run + 1}${busy}: p95 frame ≤ 16.7 ms (or the minimal page's) and no task over 50 ms`,
      met: app.p95FrameMs <= floor && app.longestTaskMs === null,
      detail: `p95 ${f(app.p95FrameMs)} against ${f(floor)} ms (${vsyncs(app)}), ${task}, ${app.droppedFrames} of ${app.frames} frames dropped.`,
    },
    {
      goal: `run ${run + 1}${busy}: CPU per received message ≤ 2× the minimal page's`,
      met: app.cpu.taskUs <= 2 * bare.cpu.taskUs,
      detail: `${f(app.cpu.taskUs, 1)} against ${f(bare.cpu.taskUs, 1)} µs (${ratio(app.cpu.taskUs, bare.cpu.taskUs)}).`,
    },
  ];
}

export async function logPart(ctx: PartContext): Promise<PartResult> {
  const threads = ctx.options.busyThreads;
  console.log(
    `\nThe log under load: ${LOAD_TOTAL.toLocaleString('en')} BroadcastChannel messages at ${LOAD_RATE.toLocaleString('en')}/s into one tab; ${threads ? `the last run with a second Chromium spinning ${threads} core(s) beside it` : 'no busy run'}.`,
  );
  const goals: Goal[] = [];
  const rows: string[][] = [];
  const frames: string[] = [];
  const named: string[] = [];
  const raw: unknown[] = [];
  const runs = await eachRun(ctx.options, 'log flood', async (run) => {
    const busy = threads > 0 && run === ctx.options.runs - 1;
    const neighbour = busy ? await startBusyNeighbour(ctx.minimal.url, threads) : null;
    try {
      const options = { total: LOAD_TOTAL, rate: LOAD_RATE, traceTasks: ctx.options.traceTasks };
      const keep = (page: string) => ({ ...options, keepAs: `log-flood-${page}-run${run + 1}` });
      const app = await flood(ctx, 'app', keep('app'));
      const bare = await flood(ctx, 'minimal', keep('minimal'));
      const label = busy ? ` (busy neighbour, ${threads} core(s))` : '';
      goals.push(...goalsOf(run, label, app, bare));
      raw.push({ run: run + 1, busyThreads: busy ? threads : 0, app, minimal: bare });
      const which = `run ${run + 1}${busy ? ' busy' : ''}`;
      frames.push(
        `  ${which}, frames: app p95 ${vsyncs(app)}; minimal p95 ${vsyncs(bare)}`,
        `  ${which}, app: ${describeLongFrames(app.longFrames)}`,
        `  ${which}, minimal: ${describeLongFrames(bare.longFrames)}`,
        `  ${which}, long tasks counted (Long Tasks API, time after the flood's start): app ${counted(app)}; minimal ${counted(bare)}`,
        `  ${which}, before the flood (the bench's setup, not counted): ${outside(app.setupTasks)} in the app, ${outside(bare.setupTasks)} in the minimal page`,
        `  ${which}, after every message arrived (the bench stopping its profiler and trace, not counted): ${outside(app.afterTasks)} in the app, ${outside(bare.afterTasks)} in the minimal page`,
      );
      if (app.observed && bare.observed)
        frames.push(
          `  ${which}, the counted long tasks in the trace: app ${describeObserved(app.observed)}; minimal ${describeObserved(bare.observed)}`,
        );
      if (app.taskSplit && bare.taskSplit)
        frames.push(
          `  ${which}, app tasks: ${describeSplit(app.taskSplit)}`,
          `  ${which}, minimal tasks: ${describeSplit(bare.taskSplit)}`,
        );
      for (const [page, r] of [
        ['app', app],
        ['minimal', bare],
      ] as const)
        if (r.taskSplit?.named)
          named.push(formatNamedTasks(`${which}, ${page}`, r.taskSplit.named));
      rows.push([
        `${run + 1}${busy ? ' busy' : ''}`,
        f(app.p95FrameMs),
        f(bare.p95FrameMs),
        `${app.droppedFrames}/${app.frames}`,
        `${bare.droppedFrames}/${bare.frames}`,
        f(app.longestTaskMs, 0),
        f(bare.longestTaskMs, 0),
        f(app.cpu.taskUs, 1),
        f(bare.cpu.taskUs, 1),
        ratio(app.cpu.taskUs, bare.cpu.taskUs),
      ]);
      return figuresOf(app, bare);
    } finally {
      await neighbour?.stop();
    }
  });
  console.log(
    '\nEach run (frame times in ms, whole vsyncs of the period measured in the run; longest task over 50 ms, — for none; CPU in µs of main-thread task time per received message):\n',
  );
  console.log(
    table(
      [
        'run',
        'app p95',
        'minimal p95',
        'app dropped',
        'minimal dropped',
        'app longest task',
        'minimal longest task',
        'app CPU',
        'minimal CPU',
        'CPU ratio',
      ],
      rows,
    ),
  );
  console.log('\nWhat the long frames were made of (Long Animation Frames, ms):\n');
  console.log(frames.join('\n'));
  if (named.length) {
    // Own CPU per task decides whether the page made it long; wall time adds the wait for a core.
    console.log(
      '\nThe tasks named (type → first script entry; own CPU by trace event; sampled functions):\n',
    );
    console.log(named.join('\n'));
  }
  const figures = combine(runs);
  console.log('\nMedians over the runs:\n');
  console.log(figuresTable(figures));
  console.log(`\n${printGoals(goals)}`);
  if (!ctx.options.profile) return { figures, goals, raw };

  console.log(
    `\nProfile: ${PROFILED_TOTAL.toLocaleString('en')} messages at ${LOAD_RATE.toLocaleString('en')}/s into each page with the CPU profiler on, self time by function and by file:\n`,
  );
  const options = { total: PROFILED_TOTAL, rate: LOAD_RATE, profile: true };
  const [app, bare] = [await flood(ctx, 'app', options), await flood(ctx, 'minimal', options)];
  if (app.profile) saveProfile('log-flood-app', app.profile);
  if (bare.profile) saveProfile('log-flood-minimal', bare.profile);
  const profiles = {
    'log-flood': {
      app: summarizeProfiles(app.profile ? [app.profile] : [], app.received, 12),
      minimal: summarizeProfiles(bare.profile ? [bare.profile] : [], bare.received, 6),
    },
  };
  console.log(formatProfile('log flood, app', profiles['log-flood'].app));
  console.log(formatProfile('log flood, minimal', profiles['log-flood'].minimal));
  console.log('Raw profiles: .bench-results/profiles/log-flood-*.cpuprofile');
  return { figures, goals, raw, profiles };
}
