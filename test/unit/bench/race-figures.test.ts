import { describe, expect, it } from 'vitest';
import type { RaceResult } from '../../../src/lib/race-types';
import type { CpuMeter, CpuSample } from '../../bench/cpu';
import { figuresOf } from '../../bench/parts/race-figures';
import type { MinimalRace } from '../../bench/race';
import type { StepMark, StepRecorder } from '../../bench/race-steps';
import { oneKiB, raceResult } from '../helpers/race-result';

const cpu = (taskS: number): CpuSample => ({
  Timestamp: 0,
  ScriptDuration: taskS / 2,
  TaskDuration: taskS,
  LayoutDuration: 0,
  RecalcStyleDuration: 0,
});
/** Marks as the recorder leaves them: a mechanism's 1 KiB step, its burst, then the race's end. */
const recorder = (key: string, oneK: number, burst: number): StepRecorder => {
  const marks: StepMark[] = [
    { key, step: '1k', pageMs: 0, lagMs: 0, cpu: cpu(0) },
    { key, step: 'throughput', pageMs: 1000, lagMs: 0, cpu: cpu(oneK) },
    { key: '', step: 'end', pageMs: 2000, lagMs: 0, cpu: cpu(oneK + burst) },
  ];
  return {
    meter: {} as CpuMeter,
    start: cpu(0),
    zeroMs: 0,
    marks,
    profiles: [],
    settle: async () => undefined,
    ended: Promise.resolve(),
  };
};

const result = (id: string, status: RaceResult['status'] = 'done') =>
  status === 'done'
    ? raceResult(id, {
        sizes: [
          oneKiB({ count: 100, median: 0.5, p95: 0.9, min: 0.2, max: 2, mean: 0.6 }, 100, 20),
        ],
        throughput: { perSecond: 4000, sent: 500, received: 500, lost: 0 },
      })
    : raceResult(id, { status });

const minimal: MinimalRace = {
  id: 'echo',
  sizes: {
    small: null,
    '1k': { median: 0.4, p95: 0.8, max: 1, count: 100, lost: 0 },
    '100k': null,
  },
  throughput: 5000,
  throughputSent: 500,
  warmup: 20,
};

describe('the race figures of one run', () => {
  const figures = figuresOf(
    { results: [result('echo'), result('cannot', 'skipped')], steps: recorder('echo', 0.12, 0.08) },
    { results: [minimal], steps: recorder('echo', 0.06, 0.05) },
  );
  const get = (id: string) => figures.find((fig) => fig.id === id);

  it('gives each racing mechanism its round trip, throughput and CPU per message on both pages', () => {
    expect(get('race.echo.rt-1k')).toMatchObject({ app: 0.5, minimal: 0.4 });
    expect(get('race.echo.throughput')).toMatchObject({ app: 4000, minimal: 5000 });
    // 0.12 s over 20 warm-up + 100 round trips; 0.08 s over the 500 of the burst.
    expect(get('race.echo.rt-1k.cpu')?.app).toBeCloseTo(1000);
    expect(get('race.echo.rt-1k.cpu')?.minimal).toBeCloseTo(500);
    expect(get('race.echo.throughput.cpu')?.app).toBeCloseTo(160);
    expect(get('race.echo.throughput.cpu')?.minimal).toBeCloseTo(100);
    // Untraced: the workers' threads were not seen, which is not the same as idle.
    expect(get('race.echo.throughput.worker-cpu')).toMatchObject({ app: null, minimal: null });
  });

  it('reads the worker threads’ CPU of the burst from the race’s trace', () => {
    // The trace clock runs 5 ms ahead of the page's; the burst is 1000–2000 ms on the page.
    const withWorkers = (steps: StepRecorder, cpuUs: number[]): StepRecorder => ({
      ...steps,
      zeroMs: 5,
      tasks: [],
      workerTasks: [
        { startUs: 900_000, cpuUs: 7_000 }, // before the race: not the burst's
        ...cpuUs.map((us, i) => ({ startUs: 1_005_000 + i * 1000, cpuUs: us })),
        { startUs: 2_005_000, cpuUs: 9_000 }, // after the burst ended
      ],
    });
    const traced = figuresOf(
      { results: [result('echo')], steps: withWorkers(recorder('echo', 0.1, 0.1), [4000, 6000]) },
      { results: [minimal], steps: withWorkers(recorder('echo', 0.1, 0.1), [2500]) },
    );
    const fig = traced.find((f) => f.id === 'race.echo.throughput.worker-cpu');
    // 10 ms over the app's 500 messages, 2.5 ms over the minimal page's 500.
    expect(fig?.app).toBeCloseTo(20);
    expect(fig?.minimal).toBeCloseTo(5);
  });

  it('has no figures for a mechanism that cannot race (the roster gives its reason)', () => {
    expect(figures.filter((fig) => fig.id.startsWith('race.cannot.'))).toEqual([]);
    expect(figures.map((fig) => fig.id)).toEqual([
      'race.all.cpu',
      'race.echo.rt-1k',
      'race.echo.rt-1k.cpu',
      'race.echo.throughput',
      'race.echo.throughput.cpu',
      'race.echo.throughput.worker-cpu',
    ]);
  });
});
