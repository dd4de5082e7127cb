import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../bench/long-tasks';
import {
  busiestRendererMain,
  parseTrace,
  splitLongTasks,
  tasksAndThreads,
} from '../../bench/task-split';
import { eachTraceEvent } from '../../bench/trace-events';
import { task, thread } from './trace-events';

describe('long tasks split into own work and waiting', () => {
  // The flooded tab (pid 2) runs many tasks; the generator tab (pid 3) a few; the browser
  // process's main thread (pid 1) is not a renderer.
  const events: TraceEvent[] = [
    thread(1, 1, 'CrBrowserMain'),
    thread(2, 5, 'CrRendererMain'),
    thread(3, 5, 'CrRendererMain'),
    ...Array.from({ length: 10 }, (_, i) => task(1, 1, i * 1_000, 500, 500)),
    task(2, 5, 0, 120_000, 2_000), // 120 ms long, 2 ms of it the page's
    task(2, 5, 200_000, 70_000, 60_000), // 70 ms long, 60 ms of it the page's
    task(2, 5, 300_000, 30_000, 25_000),
    task(2, 5, 400_000, 1_000, 1_000),
    task(3, 5, 0, 90_000, 90_000),
  ];

  it('finds the flooded tab as the renderer main thread with the most tasks', () => {
    expect(busiestRendererMain(events)).toEqual({ pid: 2, tid: 5 });
  });

  it('counts tasks over 50 ms of wall time and of thread time', () => {
    expect(splitLongTasks(events)).toEqual({
      overWall: 2,
      overCpu: 1,
      longestWallMs: 120,
      longestWallCpuMs: 2,
      longestCpuMs: 60,
    });
  });

  it('reads both shapes of trace JSON', () => {
    const one = [task(2, 5, 0, 1, 1)];
    expect(parseTrace(JSON.stringify({ traceEvents: one }))).toEqual(one);
    expect(parseTrace(Buffer.from(JSON.stringify(one)))).toEqual(one);
  });

  it('reads a trace event by event, braces and quotes inside strings included', () => {
    const tricky = { ...task(2, 5, 0, 1, 1), args: { name: 'a "}{" [b] \\' } };
    const main = thread(2, 5, 'CrRendererMain');
    const all = [main, tricky, task(9, 3, 0, 1, 1)];
    const json = JSON.stringify({ traceEvents: all, metadata: { x: '}' } });
    expect(eachTraceEvent(Buffer.from(json))).toEqual(all);
    expect(eachTraceEvent(Buffer.from(JSON.stringify([tricky])))).toEqual([tricky]);
    // The race keeps thread names and tasks only, the tasks without their arguments.
    const kept = eachTraceEvent(Buffer.from(json), tasksAndThreads);
    expect(kept).toHaveLength(3);
    expect(kept[1]?.args).toBeUndefined();
    expect(kept[0]?.args?.name).toBe('CrRendererMain');
  });
});
