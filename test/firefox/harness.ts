import type { Browser, BrowserContext } from 'puppeteer-core';

// A small test runner for the Firefox smoke: tests registered with test('…'), each in a browser
// context of its own, a few at a time, with a report the way `npm test` counts them.

export type TestEnv = {
  browser: Browser;
  context: BrowserContext;
  /** The app's origin, e.g. http://localhost:4283 */
  base: string;
  /** The same server on another host name or port: 127.0.0.1, the LAN host, the foreign origin. */
  origins: { loopback: string; lan: string; foreign: string };
  /** Records a figure the test measured; it is printed and kept in the report. */
  measured: (what: string) => void;
};

type Entry = {
  title: string;
  fn: (env: TestEnv) => Promise<void>;
  timeoutMs: number;
  slow: boolean;
};
const entries: Entry[] = [];

/** A test; `slow` ones (that wait on purpose) start first, so they are not the run's tail. */
export function test(
  title: string,
  fn: Entry['fn'],
  options: { timeoutMs?: number; slow?: boolean } = {},
) {
  if (entries.some((e) => e.title === title)) throw new Error(`two tests named "${title}"`);
  entries.push({ title, fn, timeoutMs: options.timeoutMs ?? 90_000, slow: options.slow ?? false });
}

export const registered = (): readonly Entry[] => entries;

/** Fails with `message` unless `condition` holds. */
export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** Polls `check` until it returns a truthy value; fails with `what` (and the last value seen). */
export async function poll<T>(
  what: string,
  check: () => Promise<T | false | null | undefined>,
  timeoutMs = 15_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
      last = value;
    } catch (error) {
      last = error instanceof Error ? error.message : error;
    }
    if (Date.now() > until)
      throw new Error(`timed out after ${timeoutMs} ms: ${what} (last: ${String(last)})`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

export type Result = {
  title: string;
  ok: boolean;
  ms: number;
  error?: string;
  measured?: string[];
  /** Passed only when tried again (as Playwright's retries in CI). */
  flaky?: boolean;
};

function withTimeout<T>(promise: Promise<T>, ms: number, title: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`"${title}" took over ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** One try of a test in a browser context of its own. */
async function attempt(entry: Entry, env: Omit<TestEnv, 'context' | 'measured'>) {
  const measured: string[] = [];
  let context: BrowserContext | undefined;
  try {
    context = await env.browser.createBrowserContext();
    await withTimeout(
      entry.fn({ ...env, context, measured: (m) => measured.push(m) }),
      entry.timeoutMs,
      entry.title,
    );
    return { measured };
  } catch (error) {
    return { measured, error: error instanceof Error ? error.message : String(error) };
  } finally {
    await context?.close().catch(() => undefined);
  }
}

/**
 * Runs the registered tests (those whose title contains `grep`), `workers` at a time; a failed
 * test is tried again `retries` times, and then counts as passed but flaky.
 */
export async function runAll(
  env: Omit<TestEnv, 'context' | 'measured'>,
  { workers, grep, retries }: { workers: number; grep?: string; retries: number },
): Promise<Result[]> {
  const queue = entries
    .filter((e) => !grep || e.title.includes(grep))
    .sort((a, b) => Number(b.slow) - Number(a.slow));
  const results: Result[] = [];
  const worker = async () => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      const started = Date.now();
      let outcome = await attempt(entry, env);
      const firstError = outcome.error;
      for (let i = 0; i < retries && outcome.error; i++) outcome = await attempt(entry, env);
      const result: Result = { title: entry.title, ok: !outcome.error, ms: Date.now() - started };
      if (outcome.error) result.error = outcome.error;
      else if (firstError) result.flaky = true;
      if (outcome.measured.length) result.measured = outcome.measured;
      const mark = result.ok ? '✓' : '✗';
      console.log(`  ${mark} ${entry.title} (${(result.ms / 1000).toFixed(1)}s)`);
      if (result.flaky) console.log(`      passed on retry; first try: ${firstError}`);
      for (const m of outcome.measured) console.log(`      measured: ${m}`);
      if (result.error) console.log(`      ${result.error.split('\n').join('\n      ')}`);
      results.push(result);
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
  return results;
}
