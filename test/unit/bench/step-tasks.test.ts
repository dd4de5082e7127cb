import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../bench/long-tasks';
import { mainTasks, taskSecondsBetween } from '../../bench/step-tasks';

const meta = (pid: number, tid: number): TraceEvent => ({
  name: 'thread_name',
  cat: '__metadata',
  ph: 'M',
  ts: 0,
  pid,
  tid,
  args: { name: 'CrRendererMain' },
});
const task = (
  pid: number,
  ts: number,
  dur: number,
  tdur: number,
  name = 'RunTask',
): TraceEvent => ({
  name,
  cat: 'toplevel',
  ph: 'X',
  ts,
  dur,
  tdur,
  pid,
  tid: 1,
});

describe('the race’s tasks from a trace', () => {
  it('takes the busiest renderer’s top-level tasks once, with their thread time', () => {
    const events = [
      meta(1, 1),
      meta(2, 1),
      task(1, 1000, 500, 400),
      // A task nested in the one above is not counted again.
      task(1, 1100, 100, 90, 'ThreadControllerImpl::RunTask'),
      // Thread time read from a coarser clock, longer than the task lasted: capped.
      task(1, 3000, 200, 260),
      task(2, 1000, 9000, 9000),
    ];
    expect(mainTasks(events)).toEqual([
      { startUs: 1000, cpuUs: 400 },
      { startUs: 3000, cpuUs: 200 },
    ]);
  });

  it('books each task to the step in which it started, on the page’s clock', () => {
    const tasks = [
      { startUs: 10_500, cpuUs: 300 },
      { startUs: 14_900, cpuUs: 700 },
      { startUs: 15_000, cpuUs: 5_000 },
    ];
    // The trace clock runs 10 ms ahead of the page's: the step from 0 to 5 ms is 10–15 ms there.
    expect(taskSecondsBetween(tasks, 0, 5, 10)).toBeCloseTo(0.001);
    expect(taskSecondsBetween(tasks, 5, 20, 10)).toBeCloseTo(0.005);
  });
});
