import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../bench/long-tasks';
import { describeObserved, matchObserved, outermost } from '../../bench/observed-tasks';
import recorded from './fixtures/observed-long-tasks.json';
import { task } from './trace-events';

// A busy run's trace (load average ~18): the flooded tab's main thread around four tasks its Long
// Tasks API observer counted, with the flood's mark on the trace's clock.
const { markUs, observed, events } = recorded as unknown as {
  markUs: number;
  observed: [number, number][];
  events: TraceEvent[];
};

describe("the observer's long tasks found in the trace", () => {
  const [frame, before, after, gap] = matchObserved(events, markUs, observed);

  it('matches a task the trace saw whole: a frame of 172 ms wall, 15 ms of CPU', () => {
    expect(frame).toMatchObject({ atMs: observed[0]![0], ms: 172 });
    expect(frame!.tracedMs).toBeGreaterThan(170);
    expect(frame!.cpuMs).toBeGreaterThan(14);
    expect(frame!.cpuMs).toBeLessThan(16);
    expect(frame!.longest).toMatch(/^ScheduledActionSendBeginMainFrame/);
  });

  it('finds tasks the trace shows as a tenth of a millisecond and then nothing', () => {
    // A message task of 0.1 ms, then the thread ran nothing until its microtask checkpoint 206 ms
    // later: the scheduler's task spans both, the trace's RunTask only the first.
    for (const t of [before, after, gap]) {
      expect(t!.ms).toBeGreaterThan(50);
      expect(t!.tracedMs).toBeLessThan(1);
      expect(t!.cpuMs).toBeLessThan(1);
    }
    expect(after!.ms).toBe(206);
    expect(after!.longest).toMatch(/^Accept \(ipc\//);
  });

  it('says how many were the page’s own work', () => {
    const text = describeObserved(matchObserved(events, markUs, observed), 1);
    expect(text).toMatch(
      /^4 counted, 0 with over 50 ms of the page's CPU .* 3 mostly with no traced task/,
    );
    expect(text).toMatch(/the longest 206 ms at 4\.8 s/);
    expect(describeObserved([])).toBe('none');
  });

  it('counts a task once, not its nested events, and a long task of real work as such', () => {
    const nested = { ...task(1, 1, 1_000, 100, 100), name: 'Receive mojo message' };
    const thread = [
      task(1, 1, 0, 60_000, 55_000),
      { ...nested, cat: 'toplevel,mojom' },
      { ...task(1, 1, 60_000, 10, 10), name: 'BlinkScheduler_PerformMicrotaskCheckpoint' },
    ];
    expect(outermost(thread)).toHaveLength(2);
    const [own] = matchObserved(thread, 0, [[0, 60]]);
    expect(own!.cpuMs).toBeCloseTo(55, 2);
    expect(describeObserved([own!])).toMatch(/^1 counted, 1 with over 50 ms/);
  });
});
