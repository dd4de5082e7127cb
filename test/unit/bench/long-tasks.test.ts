import { describe, expect, it } from 'vitest';
import {
  describeWith,
  longTasks,
  rendererMain,
  sumSelf,
  threadEvents,
  type TraceEvent,
} from '../../bench/long-tasks';

const PID = 7;
const TID = 11;
const ev = (name: string, ts: number, dur: number, data?: Record<string, unknown>): TraceEvent => ({
  name,
  cat: 'devtools.timeline',
  ph: 'X',
  ts,
  dur,
  pid: PID,
  tid: TID,
  args: data ? { data } : {},
});

const meta: TraceEvent[] = [
  {
    name: 'TracingStartedInBrowser',
    cat: 'disabled-by-default-devtools.timeline',
    ph: 'I',
    ts: 0,
    pid: 1,
    tid: 1,
    args: {
      data: {
        frames: [
          { url: 'http://127.0.0.1:5492/compare', processId: 5 },
          { url: 'http://127.0.0.1:5492/m/x', processId: PID },
        ],
      },
    },
  },
  {
    name: 'thread_name',
    cat: '__metadata',
    ph: 'M',
    ts: 0,
    pid: PID,
    tid: 3,
    args: { name: 'Compositor' },
  },
  {
    name: 'thread_name',
    cat: '__metadata',
    ph: 'M',
    ts: 0,
    pid: PID,
    tid: TID,
    args: { name: 'CrRendererMain' },
  },
];

describe('long tasks from a trace', () => {
  it('finds the main thread of the renderer that shows a URL', () => {
    expect(rendererMain(meta, '/m/')).toEqual({ pid: PID, tid: TID });
    expect(() => rendererMain(meta, 'nowhere')).toThrow(/no frame/);
  });

  it('keeps only tasks over the threshold, with their parts and self time by name', () => {
    // A short task (a message), then an 80 ms task: a 60 ms animation frame whose script forced a
    // 40 ms layout, and a 15 ms GC; 5 ms of the task is its own.
    const other = { ...ev('FunctionCall', 500, 100), tid: 99 };
    const events = threadEvents(
      [
        ...meta,
        ev('RunTask', 0, 2_000),
        ev('EventDispatch', 100, 1_000, { type: 'message' }),
        ev('RunTask', 10_000, 80_000),
        ev('FireAnimationFrame', 10_000, 60_000),
        ev('FunctionCall', 10_000, 55_000, {
          functionName: 'f',
          url: 'http://x/a.js',
          lineNumber: 3,
          columnNumber: 5,
        }),
        ev('Layout', 20_000, 40_000),
        ev('MajorGC', 70_000, 15_000),
        other,
      ],
      PID,
      TID,
    );
    const describe = describeWith((url, line, column) => `${url}:${line}:${column}`);
    const tasks = longTasks(events, { describe });
    expect(tasks).toHaveLength(1);
    const [task] = tasks;
    expect(task?.atMs).toBe(10);
    expect(task?.ms).toBe(80);
    expect(task?.parts.map((p) => [p.name, p.ms])).toEqual([
      ['FireAnimationFrame', 60],
      ['MajorGC', 15],
    ]);
    expect(Object.fromEntries(task?.self ?? [])).toEqual({
      FireAnimationFrame: 5,
      FunctionCall: 15,
      Layout: 40,
      MajorGC: 15,
      '(task itself)': 5,
    });
    expect(sumSelf(tasks)[0]).toEqual(['Layout', 40]);
  });

  it("tells the page's own work (thread time) from time the OS gave the core to others", () => {
    const cpu = (e: TraceEvent, tdur: number) => ({ ...e, tdur });
    const events = threadEvents(
      [
        cpu(ev('RunTask', 0, 120_000), 2_000), // preempted: 120 ms of wall time, 2 ms of work
        cpu(ev('EventDispatch', 0, 120_000, { type: 'message' }), 1_900),
        cpu(ev('RunTask', 200_000, 30_000), 31_000), // thread clock a little ahead of wall
        cpu(ev('Layout', 200_000, 20_000), 20_000),
      ],
      PID,
      TID,
    );
    const wall = longTasks(events);
    expect(wall.map((t) => [t.ms, t.cpuMs])).toEqual([[120, 2]]);
    const work = longTasks(events, { measure: 'cpu', thresholdMs: 10 });
    expect(work.map((t) => [t.atMs, t.cpuMs])).toEqual([[200, 30]]);
    expect(Object.fromEntries(work[0]?.self ?? [])).toEqual({ Layout: 20, '(task itself)': 10 });
  });

  it('pairs begin and end events, and names a function by its place', () => {
    const begin = {
      ...ev('FunctionCall', 0, 0, {
        functionName: '',
        url: 'http://x/b.js',
        lineNumber: 10,
        columnNumber: 2,
      }),
      ph: 'B',
    };
    delete begin.dur;
    const end = { ...ev('FunctionCall', 7_000, 0), ph: 'E' };
    const [paired] = threadEvents([begin, end], PID, TID);
    expect(paired?.dur).toBe(7_000);
    const describe = describeWith((url, line, column) => `${url}:${line}:${column}`);
    expect(describe(paired as TraceEvent)).toBe('(anonymous) http://x/b.js:9:1');
    expect(describe(ev('EventDispatch', 0, 1, { type: 'message' }))).toBe('message');
  });
});
