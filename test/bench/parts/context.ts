import type { Browser } from '@playwright/test';
import type { BenchOptions } from '../cli';
import type { Combined, Goal } from '../figures';
import type { ProfileSummary } from '../profile';

/** What every part gets: the browser, the options, the app's server and the minimal pages. */
export type PartContext = {
  browser: Browser;
  options: BenchOptions;
  appUrl: string;
  minimal: { url: string; foreign: string };
  /** The configured port at this offset from --port, or 0 (any free port). */
  port: (offset: number) => number;
};

export type PartResult = {
  figures: Combined[];
  goals: Goal[];
  raw: unknown;
  profiles?: Record<string, { app: ProfileSummary; minimal: ProfileSummary }>;
};

/** Runs `once` for each run, logging progress; the bench's parts are all run this way. */
export async function eachRun<T>(
  options: BenchOptions,
  label: string,
  once: (run: number) => Promise<T>,
): Promise<T[]> {
  const out: T[] = [];
  for (let run = 0; run < options.runs; run++) {
    process.stdout.write(`  ${label}: run ${run + 1} of ${options.runs}…\n`);
    out.push(await once(run));
  }
  return out;
}
