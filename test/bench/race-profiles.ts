// Which steps of the Race a mark or profile belongs to, and the part of each profile that fell
// inside its step. The app is watched through its progress line, so the bench hears of a step
// late: under load the profiler started 95–136 ms into a 430 ms burst and stopped up to 764 ms
// after it ended, by then deep in the next mechanism's setup and the results table's render.
// Summing such a profile whole books that work to the mechanism it is labelled with.
import { clipProfile, type CpuProfile } from './profile';
import type { StepRecorder } from './race-steps';

/**
 * The app numbers a step by how many mechanisms were done when it began ("… (3 of 13 mechanisms
 * done)"), the index of the mechanism racing in the results it exports. The race's end has no
 * number and keeps its empty key (Number('') is 0, which named it after the first mechanism).
 */
export function nameSteps(items: Array<{ key: string }>, ids: readonly string[]): void {
  for (const item of items)
    if (/^\d+$/.test(item.key)) item.key = ids[Number(item.key)] ?? item.key;
}

export type InStep = {
  profiles: CpuProfile[];
  /** Messages the covered parts of the steps sent (each step's count times its share covered). */
  messages: number;
  /** Share of the steps' time the profiles covered (1: all of it). */
  covered: number;
};

/**
 * One mechanism's profiles, each cut to its step: from the step's start (or the profiler's, where
 * the page waited for it) to the next step's start. `counts`: messages sent in each step.
 */
export function profilesInStep(
  steps: Pick<StepRecorder, 'profiles' | 'zeroMs'>,
  id: string,
  counts: Readonly<Record<string, number>>,
): InStep {
  const toUs = (pageMs: number) => (pageMs + steps.zeroMs) * 1000;
  let sent = 0;
  let counted = 0;
  const profiles = steps.profiles
    .filter((p) => p.key === id)
    .map((p) => {
      const from = p.fromMs === null ? p.profile.startTime : toUs(p.fromMs);
      const { profile, covered } = clipProfile(p.profile, from, toUs(p.toMs));
      const messages = counts[p.step] ?? 0;
      sent += messages;
      counted += messages * covered;
      return profile;
    });
  return { profiles, messages: counted, covered: sent > 0 ? counted / sent : 0 };
}
