import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../bench/long-tasks';
import { splitLongTasks } from '../../bench/task-split';
import { formatNamedTasks, threadSamples } from '../../bench/task-names';
import { task, thread } from './trace-events';

const PID = 2;
const TID = 5;
const URL = 'http://127.0.0.1/assets/app.js';
const inside = (name: string, ts: number, dur: number, data: Record<string, unknown> = {}) =>
  ({
    name,
    cat: 'devtools.timeline',
    ph: 'X',
    ts,
    dur,
    tdur: dur,
    pid: PID,
    tid: TID,
    args: { data },
  }) as TraceEvent;
const call = (ts: number, dur: number, functionName: string) =>
  inside('FunctionCall', ts, dur, {
    functionName,
    url: URL,
    scriptId: '7',
    lineNumber: 3,
    columnNumber: 10,
  });

// The profiler's events: a Profile on the main thread, its chunks from the sampler's thread.
const profile = {
  name: 'Profile',
  cat: 'p',
  ph: 'P',
  ts: 0,
  pid: PID,
  tid: TID,
  id: '0x1',
  args: { data: { startTime: 0 } },
} as TraceEvent;
const chunk = (samples: number[], timeDeltas: number[], nodes: unknown[] = []) =>
  ({
    name: 'ProfileChunk',
    cat: 'p',
    ph: 'P',
    ts: 0,
    pid: PID,
    tid: 99,
    id: '0x1',
    args: { data: { cpuProfile: { nodes, samples }, timeDeltas } },
  }) as unknown as TraceEvent;
const node = (id: number, functionName: string, scriptId = 0) => ({
  id,
  callFrame: { functionName, scriptId, lineNumber: 3, columnNumber: 10 },
});

const events: TraceEvent[] = [
  thread(PID, TID, 'CrRendererMain'),
  profile,
  // A timer of 20 ms CPU (a store flush), a frame of 8 ms (layout), a message event of 60 ms wall
  // of which 1 ms CPU, a GC of 3 ms.
  task(PID, TID, 0, 20_000, 20_000),
  inside('TimerFire', 100, 19_800),
  call(200, 19_500, 'flush'),
  task(PID, TID, 30_000, 8_000, 8_000),
  inside('FireAnimationFrame', 30_100, 1_000),
  inside('Layout', 31_200, 6_000),
  task(PID, TID, 40_000, 60_000, 1_500),
  inside('Receive mojo message', 40_100, 59_000),
  call(40_200, 58_000, 'onMessage'),
  task(PID, TID, 110_000, 3_000, 3_000),
  inside('MinorGC', 110_100, 2_800),
  // Samples: 11 ms in `render` and 5 in `flush` inside the timer (the one at 20 ms is past its
  // end); one in the frame.
  chunk([1, 1, 1, 2], [1_000, 5_000, 5_000, 5_000], [node(1, 'render', 7), node(2, 'flush', 7)]),
  chunk([2, 3], [4_000, 15_000], [node(3, '(garbage collector)')]),
];
const where = (url: string, line: number) => `${url.replace(/.*\//, '')}:${line + 1}`;

describe('heavy tasks named', () => {
  const split = splitLongTasks(events, 50, { at: { pid: PID, tid: TID }, where });
  const named = split.named ?? { overWall: [], topCpu: [] };

  it('reads the profiler samples of the thread in time order', () => {
    expect(threadSamples(events, PID, TID).map((s) => [s.ts, s.frame.functionName])).toEqual([
      [1_000, 'render'],
      [6_000, 'render'],
      [11_000, 'render'],
      [16_000, 'flush'],
      [20_000, 'flush'],
      [35_000, '(garbage collector)'],
    ]);
  });

  it('types each task from its largest part and names its first script', () => {
    expect(named.topCpu.map((t) => [t.cpuMs, t.type, t.entry])).toEqual([
      [20, 'timer', 'flush app.js:3'],
      [8, 'frame (rAF, style, layout, paint)', ''],
      [3, 'GC', ''],
      [1.5, 'message from another process (BroadcastChannel, IPC)', 'onMessage app.js:3'],
    ]);
    expect(named.topCpu[1]?.events[0]).toEqual(['Layout', 6]);
    expect(named.topCpu[1]?.layout).toBe('6.0 ms CPU, ? of ? objects dirty, root ? at depth ?');
    expect(named.topCpu[0]?.layout).toBe('');
  });

  it('books samples as shares of the task, with script ids mapped to urls', () => {
    expect(named.topCpu[0]?.functions).toEqual([
      ['render app.js:4', 11 / 16],
      ['flush app.js:4', 5 / 16],
    ]);
  });

  it('names the task over 50 ms of wall time and counts it as waiting, not work', () => {
    expect(split.overWall).toBe(1);
    expect(split.overCpu).toBe(0);
    expect(named.overWall.map((t) => [t.ms, t.cpuMs])).toEqual([[60, 1.5]]);
    expect(formatNamedTasks('app', named)).toContain('60.0 ms wall, 1.5 ms CPU: message');
  });

  it('leaves out tasks before the flood started', () => {
    const late = splitLongTasks(events, 50, { at: { pid: PID, tid: TID }, where, fromUs: 35_000 });
    expect(late.named?.topCpu.map((t) => t.type)).toEqual([
      'GC',
      'message from another process (BroadcastChannel, IPC)',
    ]);
  });
});
