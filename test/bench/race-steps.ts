// Follows a race step by step (mechanism, then setup, handshake, sizes, throughput) and, at each
// step, reads the page's CPU counters or starts and stops the profiler, so CPU time and profiles are
// per mechanism and per step. The app is watched through its progress line (as a person reads it);
// the minimal page calls `benchStep` itself.
import type { Page } from '@playwright/test';
import { cpuMeter, type CpuMeter, type CpuSample } from './cpu';
import { startProfile, stopProfile, type CpuProfile } from './profile';
import { taskSecondsBetween, type Task } from './step-tasks';

/**
 * `pageMs`: the page's performance.now() when the step began; `lagMs`: how much later the counters
 * were read (the read waits for the page's main thread, which a burst of messages keeps busy).
 */
export type StepMark = { key: string; step: string; pageMs: number; lagMs: number; cpu: CpuSample };
/**
 * `fromMs`, `toMs`: the page's performance.now() when the step began and when the next one did.
 * The profiler starts and stops when the bench hears of a step, which for the app (watched through
 * its progress line) can be well after the page moved on: the profile then holds the next
 * mechanism's setup too. `clipToStep` keeps only the samples inside the step.
 */
export type StepProfile = {
  key: string;
  step: string;
  /** null: the page waited for the profiler before it began the step (the minimal page does). */
  fromMs: number | null;
  toMs: number;
  profile: CpuProfile;
};

/** The steps profiled: a burst of 1 KiB round trips, and 32 in flight. */
export const PROFILED_STEPS = new Set(['1k', 'throughput']);

// The app's progress line, in English: "{mechanism}: {step} ({done} of {total} mechanisms done)".
const APP_STEPS: Record<string, string> = {
  'setting up the counterpart': 'setup',
  'waiting for the counterpart': 'handshake',
  'small messages': 'small',
  '1 KiB messages': '1k',
  '100 KiB messages': '100k',
  'throughput, 32 in flight': 'throughput',
};
const PROGRESS = /: (.+) \((\d+) of \d+ mechanisms done\)$/;

/** In the page: report each change of the progress line; no work at all between changes. */
const WATCH_PROGRESS = `(() => {
  let last = ''; // no progress line yet: its absence before the race is not the end of it
  new MutationObserver(() => {
    const el = document.querySelector('[data-testid="race-progress"]');
    const text = el ? el.textContent : '';
    if (text !== last) { last = text; window.benchStep(text, performance.now()); }
  }).observe(document.body, { subtree: true, childList: true, characterData: true });
})()`;

export type StepRecorder = {
  meter: CpuMeter;
  /** The counters before the race started (read with the page idle). */
  start: CpuSample;
  marks: StepMark[];
  profiles: StepProfile[];
  /** The counters' and profiler's monotonic clock minus the page's performance.now(), in ms. */
  zeroMs: number;
  /** The racing tab's main-thread tasks, where the race was traced (see step-tasks.ts). */
  tasks?: Task[];
  /** Every worker thread's tasks, where the race was traced: the counterparts' half of the work. */
  workerTasks?: Task[];
  /** Waits for the reads and profiles still under way. */
  settle: () => Promise<void>;
  /** Resolves when the race is over: waiting on it costs the page nothing, unlike polling. */
  ended: Promise<void>;
};

/**
 * `profile`: profile the steps in PROFILED_STEPS instead of reading CPU counters (the profiler's own
 * cost would spoil the figures, so a profiled race is a separate run).
 */
export async function recordSteps(
  page: Page,
  kind: 'app' | 'minimal',
  profile: boolean,
): Promise<StepRecorder> {
  const meter = await cpuMeter(page);
  const marks: StepMark[] = [];
  const profiles: StepProfile[] = [];
  let queue = Promise.resolve();
  let profiling: { key: string; step: string; fromMs: number | null } | null = null;
  let end = () => {};
  const ended = new Promise<void>((resolve) => (end = resolve));

  // The counters' clock against the page's: both are monotonic, only their zero differs.
  const before = (await page.evaluate('performance.now()')) as number;
  const offset = (await meter.read()).Timestamp * 1000;
  const after = (await page.evaluate('performance.now()')) as number;
  const zero = offset - (before + after) / 2;
  const start = await meter.read();

  const onStep = (text: string, pageMs: number) => {
    let key = '';
    let step = 'end';
    if (kind === 'minimal') [key = '', step = 'end'] = text.split('|');
    else if (text) {
      const match = PROGRESS.exec(text);
      key = match?.[2] ?? '?';
      step = APP_STEPS[match?.[1] ?? ''] ?? 'other';
    }
    // CDP answers in order, so the reads line up with the steps even though each one waits.
    queue = queue.then(async () => {
      if (!profile) {
        const cpu = await meter.read();
        // The minimal page waits for each read before it goes on, so its reads cannot lag.
        const lagMs = kind === 'minimal' ? 0 : cpu.Timestamp * 1000 - zero - pageMs;
        marks.push({ key, step, pageMs, lagMs, cpu });
        return;
      }
      if (profiling) {
        profiles.push({ ...profiling, toMs: pageMs, profile: await stopProfile(meter.session) });
        profiling = null;
      }
      if (PROFILED_STEPS.has(step)) {
        profiling = { key, step, fromMs: kind === 'minimal' ? null : pageMs };
        await startProfile(meter.session);
      }
    });
    if (step === 'end') end();
    return queue; // a page that awaits it (the minimal one) starts the step once the read is done
  };
  await page.exposeBinding('benchStep', (_source, text: string, pageMs: number) =>
    onStep(text, pageMs),
  );
  if (kind === 'app') await page.evaluate(WATCH_PROGRESS);
  return { meter, start, zeroMs: zero, marks, profiles, settle: () => queue, ended };
}

/** A step's counters count only when reading them lagged by less than this share of the step. */
const MAX_LAG_SHARE = 0.1;

/**
 * CPU spent in each step, in seconds: the counters at the next mark minus those at this one; null
 * where the reads lagged too far behind the step's real start or end to attribute them to it.
 * Where the race was traced, `taskS` is the thread time of the tasks that started in the step
 * instead, whatever the lag, and `workerS` the thread time of worker threads' tasks (null untraced).
 */
export function stepCpu(
  marks: StepMark[],
  traced?: { tasks: readonly Task[]; zeroMs: number; workerTasks?: readonly Task[] },
): Array<{
  key: string;
  step: string;
  pageMs: number;
  lagMs: number;
  scriptS: number | null;
  taskS: number | null;
  workerS: number | null;
}> {
  const out = [];
  for (let i = 0; i + 1 < marks.length; i++) {
    const [a, b] = [marks[i] as StepMark, marks[i + 1] as StepMark];
    const pageMs = b.pageMs - a.pageMs;
    const lagMs = Math.abs(a.lagMs) + Math.abs(b.lagMs);
    const ok = lagMs <= MAX_LAG_SHARE * pageMs;
    out.push({
      key: a.key,
      step: a.step,
      pageMs,
      lagMs,
      scriptS: ok ? b.cpu.ScriptDuration - a.cpu.ScriptDuration : null,
      taskS: traced
        ? taskSecondsBetween(traced.tasks, a.pageMs, b.pageMs, traced.zeroMs)
        : ok
          ? b.cpu.TaskDuration - a.cpu.TaskDuration
          : null,
      workerS: traced?.workerTasks
        ? taskSecondsBetween(traced.workerTasks, a.pageMs, b.pageMs, traced.zeroMs)
        : null,
    });
  }
  return out;
}
