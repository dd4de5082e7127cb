// The Race's figures from one run of each page: round trips and throughput from their results,
// CPU per message from the step marks (see ../race-steps.ts).
import type { RaceResult } from '../../../src/lib/race-types';
import type { Figure } from '../figures';
import type { MinimalRace, Raced } from '../race';
import { stepCpu, type StepRecorder } from '../race-steps';

/** Messages each step sent: 1 KiB round trips (warm-up included) and the throughput burst. */
export function appCounts(result: RaceResult) {
  const oneK = result.sizes.find((s) => s.size === '1k');
  return { '1k': oneK ? oneK.warmup + oneK.sent : 0, throughput: result.throughput?.sent ?? 0 };
}
export function minimalCounts(result: MinimalRace) {
  const oneK = result.sizes?.['1k'];
  return {
    '1k': oneK ? (result.warmup ?? 0) + oneK.count + oneK.lost : 0,
    throughput: result.throughputSent ?? 0,
  };
}

/** The race's tasks, where it was traced (see ../step-tasks.ts). */
export const traced = (steps: StepRecorder) =>
  steps.tasks
    ? { tasks: steps.tasks, zeroMs: steps.zeroMs, workerTasks: steps.workerTasks }
    : undefined;

/**
 * Task time per message of one step, in µs, from the step marks (or the trace's tasks); `on: 'workerS'`:
 * the worker threads' task time instead (traced races only).
 */
function cpuOf(
  steps: StepRecorder,
  id: string,
  step: string,
  messages: number,
  on: 'taskS' | 'workerS' = 'taskS',
): number | null {
  const spent = stepCpu(steps.marks, traced(steps)).find((s) => s.key === id && s.step === step);
  const s = spent?.[on];
  return s != null && messages > 0 ? (s * 1e6) / messages : null;
}

/**
 * Task time per message over the whole race, every mechanism and step: the reads are seconds apart,
 * so however late each one lands, it hardly matters (unlike a step's, see race-steps.ts).
 */
function wholeRaceCpu(steps: StepRecorder, messages: number): number | null {
  const last = steps.marks.at(-1)?.cpu;
  return last && messages > 0
    ? ((last.TaskDuration - steps.start.TaskDuration) * 1e6) / messages
    : null;
}

export function figuresOf(app: Raced<RaceResult>, bare: Raced<MinimalRace>): Figure[] {
  const appAll = app.results.reduce(
    (n, r) => n + r.sizes.reduce((m, s) => m + s.warmup + s.sent, 0) + (r.throughput?.sent ?? 0),
    0,
  );
  const bareAll = bare.results.reduce(
    (n, r) =>
      n +
      Object.values(r.sizes ?? {}).reduce(
        (m, s) => m + (s ? (r.warmup ?? 0) + s.count + s.lost : 0),
        0,
      ) +
      (r.throughputSent ?? 0),
    0,
  );
  const whole: Figure = {
    id: 'race.all.cpu',
    label: 'CPU per message over the whole race',
    unit: 'µs/msg',
    better: 'lower',
    app: wholeRaceCpu(app.steps, appAll),
    minimal: wholeRaceCpu(bare.steps, bareAll),
  };
  return [
    whole,
    // A mechanism that cannot race has no figures: the roster gives its reason instead.
    ...app.results.flatMap((a) => {
      if (a.status === 'skipped') return [];
      const b = bare.results.find((r) => r.id === a.id);
      const rt = (r: { roundTrip: { median: number } | null } | undefined) =>
        r?.roundTrip?.median ?? null;
      const [ac, bc] = [appCounts(a), b ? minimalCounts(b) : { '1k': 0, throughput: 0 }];
      const fig = (
        id: string,
        label: string,
        unit: string,
        better: Figure['better'],
        x: number | null,
        y: number | null,
      ): Figure => ({
        id: `race.${a.id}.${id}`,
        label: `${a.id} ${label}`,
        unit,
        better,
        app: x,
        minimal: y,
      });
      return [
        fig(
          'rt-1k',
          'round trip 1 KiB, median',
          'ms',
          'lower',
          rt(a.sizes.find((s) => s.size === '1k')),
          b?.sizes?.['1k']?.median ?? null,
        ),
        fig(
          'rt-1k.cpu',
          'CPU per 1 KiB round trip',
          'µs/msg',
          'lower',
          cpuOf(app.steps, a.id, '1k', ac['1k']),
          cpuOf(bare.steps, a.id, '1k', bc['1k']),
        ),
        fig(
          'throughput',
          'throughput, 32 in flight',
          'msg/s',
          'higher',
          a.throughput?.perSecond ?? null,
          b?.throughput ?? null,
        ),
        fig(
          'throughput.cpu',
          'CPU per message, 32 in flight',
          'µs/msg',
          'lower',
          cpuOf(app.steps, a.id, 'throughput', ac.throughput),
          cpuOf(bare.steps, a.id, 'throughput', bc.throughput),
        ),
        // The counterpart's thread, where it is a worker (the SharedWorker hub, the echo worker).
        fig(
          'throughput.worker-cpu',
          'worker threads’ CPU per message, 32 in flight',
          'µs/msg',
          'lower',
          cpuOf(app.steps, a.id, 'throughput', ac.throughput, 'workerS'),
          cpuOf(bare.steps, a.id, 'throughput', bc.throughput, 'workerS'),
        ),
      ];
    }),
  ];
}
