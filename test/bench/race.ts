// The Race, headless: the app's compare page, and the minimal race page (test/bench/minimal/race.*)
// against the same counterparts — the echo page, the relay worker and the server — on one server
// that also serves the minimal page under /bench/.
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { createServer, injectConfig } from '../../mock-server/index';
import { createStaticHandler, DEFAULT_CSP } from '../../mock-server/static-files';
import type { RaceResult } from '../../src/lib/race-types';
import { nameSteps } from './race-profiles';
import { recordSteps, type StepRecorder } from './race-steps';
import { mainTasks, workerTasks } from './step-tasks';
import { parseTrace, TASK_CATEGORIES, tasksAndThreads } from './task-split';

export const RACE_MESSAGES = Number(process.env.BENCH_RACE_MESSAGES ?? 1000);

export type MinimalRace = {
  id: string;
  failed?: string;
  sizes?: Record<
    string,
    { median: number; p95: number; max: number; count: number; lost: number } | null
  >;
  throughput?: number | null;
  throughputSent?: number;
  warmup?: number;
};

export type Raced<T> = { results: T[]; steps: StepRecorder };

export async function raceServer(port = 0, foreignPort = 0) {
  return createServer({
    port,
    foreignPort,
    app: (config) => {
      // The real server's policy: its pages may be framed by its own origins (frame-ancestors; the
      // race frames the echo page from the other port). Without frame-ancestors the handler's
      // X-Frame-Options SAMEORIGIN applies and the cross-origin echo frame never loads.
      const app = createStaticHandler(resolve('dist'), {
        csp: `${DEFAULT_CSP}; frame-ancestors 'self' http://localhost:* http://127.0.0.1:*`,
        transformHtml: (html) => injectConfig(html, config),
      });
      const bench = createStaticHandler(resolve('test/bench/minimal'), { csp: null });
      return (req, res) => {
        if (req.url?.startsWith('/bench/')) {
          req.url = req.url.slice('/bench'.length);
          void bench(req, res);
        } else void app(req, res);
      };
    },
  });
}

/**
 * The app's built SharedWorker hub, as the app's server serves it (`/assets/hub.worker-<hash>.js`),
 * for the minimal page to race against (`--minimal-hub app`): the same worker code behind both pages.
 */
export function appHubScript(dist = resolve('dist')): string {
  const file = readdirSync(resolve(dist, 'assets')).find((name) =>
    /^hub\.worker-.*\.js$/.test(name),
  );
  if (!file) throw new Error(`no hub.worker-*.js in ${dist}/assets: build the app first`);
  return `/assets/${file}`;
}

/** The query that narrows a race to some mechanisms (`--mechanisms`); empty: every one. */
const narrowed = (name: string, ids: readonly string[]) =>
  ids.length ? `&${name}=${encodeURIComponent(ids.join(','))}` : '';

/**
 * Traces the race (one event per task) unless it is profiled, and hands the racing tab's tasks to
 * its steps: each step's CPU then comes from the tasks inside it (see step-tasks.ts).
 */
async function traced<T>(
  browser: Browser,
  page: Page,
  on: boolean,
  race: () => Promise<Raced<T>>,
): Promise<Raced<T>> {
  if (!on) return race();
  await browser.startTracing(page, { categories: TASK_CATEGORIES });
  let raced: Raced<T> | undefined;
  try {
    raced = await race();
  } finally {
    const trace = await browser.stopTracing();
    if (raced) {
      try {
        const events = parseTrace(trace, tasksAndThreads);
        raced.steps.tasks = mainTasks(events);
        raced.steps.workerTasks = workerTasks(events);
      } catch (error) {
        console.error(`No tasks from the race's trace (steps fall back on the counters): ${error}`);
      }
    }
  }
  return raced;
}

export async function appRace(
  browser: Browser,
  appUrl: string,
  profile = false,
  mechanisms: readonly string[] = [],
  trace = !profile,
  burstMs = 400,
): Promise<Raced<RaceResult>> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(
      `${appUrl}compare?lang=en&messages=${RACE_MESSAGES}&burstMs=${burstMs}${narrowed('race', mechanisms)}`,
    );
    return await traced(browser, page, trace && !profile, async () => {
      const steps = await recordSteps(page, 'app', profile);
      await page.getByRole('button', { name: 'Run the race' }).click();
      // Not a locator's waitFor: it polls the page every frame, and the page's CPU time is measured.
      await steps.ended;
      await page.getByText(/Race finished in/).waitFor();
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export JSON' }).click();
      const exported = JSON.parse(await readFile(await (await download).path(), 'utf8')) as {
        race: RaceResult[];
      };
      await steps.settle();
      // The app's steps are numbered by the mechanism's place in the race: name them.
      nameSteps(
        [...steps.marks, ...steps.profiles],
        exported.race.map((r) => r.id),
      );
      return { results: exported.race, steps };
    });
  } finally {
    await context.close();
  }
}

export async function minimalRace(
  browser: Browser,
  appUrl: string,
  foreignPort: number,
  profile = false,
  mechanisms: readonly string[] = [],
  trace = !profile,
  hubScript: string | null = null,
  burstMs = 400,
): Promise<Raced<MinimalRace>> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const hub = hubScript ? `&hub=${encodeURIComponent(hubScript)}` : '';
    await page.goto(
      `${appUrl}bench/race.html?messages=${RACE_MESSAGES}&burstMs=${burstMs}&foreign=${foreignPort}${narrowed('only', mechanisms)}${hub}`,
    );
    return await traced(browser, page, trace && !profile, async () => {
      const steps = await recordSteps(page, 'minimal', profile);
      await page.getByRole('button', { name: 'Run' }).click();
      page.on('crash', () => console.error('The minimal race page crashed.'));
      await steps.ended;
      // Set once the page has heard back from its last `benchStep`; the race is over, polling is free.
      const done = await page.waitForFunction('window.raceResults', undefined, { polling: 100 });
      const results = (await done.jsonValue()) as MinimalRace[];
      await steps.settle();
      return { results, steps };
    });
  } finally {
    await context.close();
  }
}
