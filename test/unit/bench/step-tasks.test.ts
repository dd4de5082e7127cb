import { describe, expect, it } from 'vitest';
import { mainTasks, taskSecondsBetween, workerTasks } from '../../bench/step-tasks';
import { task, thread } from './trace-events';

describe('the race’s tasks from a trace', () => {
  it('takes the busiest renderer’s top-level tasks once, with their thread time', () => {
    const events = [
      thread(1, 1, 'CrRendererMain'),
      thread(2, 1, 'CrRendererMain'),
      task(1, 1, 1000, 500, 400, 'RunTask'),
      // A task nested in the one above is not counted again.
      task(1, 1, 1100, 100, 90),
      // Thread time read from a coarser clock, longer than the task lasted: capped.
      task(1, 1, 3000, 200, 260),
      task(2, 1, 1000, 9000, 9000),
    ];
    expect(mainTasks(events)).toEqual([
      { startUs: 1000, cpuUs: 400 },
      { startUs: 3000, cpuUs: 200 },
    ]);
  });

  it('takes every worker thread’s top-level tasks, in order, and no other thread’s', () => {
    const events = [
      thread(1, 1, 'CrRendererMain'),
      thread(1, 7, 'SharedWorker thread'),
      thread(3, 2, 'DedicatedWorker thread'),
      thread(1, 8, 'Compositor'),
      task(1, 1, 500, 100, 100),
      task(1, 7, 2000, 50, 40),
      task(1, 7, 2010, 10, 10), // inside the one above
      task(3, 2, 1000, 30, 30),
      task(1, 8, 1500, 20, 20),
    ];
    expect(workerTasks(events)).toEqual([
      { startUs: 1000, cpuUs: 30 },
      { startUs: 2000, cpuUs: 40 },
    ]);
    expect(workerTasks([thread(1, 1, 'CrRendererMain'), task(1, 1, 0, 5, 5)])).toEqual([]);
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
