import { describe, expect, it } from 'vitest';
import { clipProfile, type CpuProfile } from '../../bench/profile';
import { nameSteps, profilesInStep } from '../../bench/race-profiles';
import type { StepProfile } from '../../bench/race-steps';

const frame = (functionName: string) => ({
  functionName,
  url: '',
  lineNumber: -1,
  columnNumber: -1,
});
/** Samples 1 ms apart from `startUs`: node 1 is this step's work, node 2 the next mechanism's. */
const profile = (startUs: number, samples: number[]): CpuProfile => ({
  nodes: [
    { id: 1, callFrame: frame('thisStep') },
    { id: 2, callFrame: frame('nextMechanism') },
  ],
  startTime: startUs,
  endTime: startUs + samples.length * 1000,
  samples,
  timeDeltas: samples.map(() => 1000),
});

describe('naming the app’s race steps', () => {
  it('names each numbered step after the mechanism at that place in the results', () => {
    const items = [{ key: '0' }, { key: '1' }, { key: '2' }];
    nameSteps(items, ['first', 'skipped', 'third']);
    expect(items.map((i) => i.key)).toEqual(['first', 'skipped', 'third']);
  });

  it('leaves the race’s end and unreadable steps as they are', () => {
    // Number('') is 0: the end mark used to be named after the first mechanism.
    const items = [{ key: '' }, { key: '?' }, { key: '7' }];
    nameSteps(items, ['first']);
    expect(items.map((i) => i.key)).toEqual(['', '?', '7']);
  });
});

describe('cutting a profile to its step', () => {
  it('keeps only the samples inside the window, and says how much of it was covered', () => {
    // Profiler from 10 ms to 20 ms; the step ran from 8 ms to 15 ms.
    const { profile: cut, covered } = clipProfile(
      profile(10_000, [1, 1, 1, 1, 2, 2, 2, 2, 2, 2]),
      8_000,
      15_000,
    );
    expect(cut.samples).toEqual([1, 1, 1, 1]); // at 11, 12, 13, 14 ms
    expect(cut.startTime).toBe(10_000);
    expect(cut.endTime).toBe(15_000);
    expect(cut.timeDeltas).toEqual([1000, 1000, 1000, 1000]);
    expect(covered).toBeCloseTo(5 / 7);
  });

  it('books a lagging profile’s tail to nobody, and scales the messages to the part covered', () => {
    // Page clock = profiler clock − 5 ms. The step ran 5–15 ms on the page (10–20 ms on the
    // profiler's clock); the profiler ran 12–32 ms, 10 ms into the next mechanism's setup.
    const late: StepProfile = {
      key: 'mine',
      step: 'throughput',
      fromMs: 5,
      toMs: 15,
      profile: profile(12_000, [1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]),
    };
    const other: StepProfile = { ...late, key: 'theirs' };
    const got = profilesInStep({ zeroMs: 5, profiles: [late, other] }, 'mine', { throughput: 500 });
    expect(got.profiles).toHaveLength(1);
    expect(got.profiles[0]?.samples.every((id) => id === 1)).toBe(true);
    expect(got.covered).toBeCloseTo(0.8); // 12–20 of 10–20 ms
    expect(got.messages).toBeCloseTo(400);
  });

  it('starts the window at the profiler where the page waited for it', () => {
    const waited: StepProfile = {
      key: 'm',
      step: '1k',
      fromMs: null,
      toMs: 15.5,
      profile: profile(12_000, [1, 1, 1, 2]),
    };
    const got = profilesInStep({ zeroMs: 0, profiles: [waited] }, 'm', { '1k': 100 });
    expect(got.covered).toBeCloseTo(1);
    // The profiler ran 12–16 ms: the step (until 15.5 ms) from the first sample to its end.
    expect(got.profiles[0]?.samples).toEqual([1, 1, 1]);
  });
});
