// The Race, headless: the app's compare page, and the minimal race page (test/bench/minimal/race.*)
// against the same counterparts — the echo page, the relay worker and the server — on one server
// that also serves the minimal page under /bench/.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Browser } from '@playwright/test';
import { createServer, injectConfig } from '../../mock-server/index';
import { createStaticHandler } from '../../mock-server/static-files';
import type { RaceResult } from '../../src/lib/race-types';

export const RACE_MESSAGES = Number(process.env.BENCH_RACE_MESSAGES ?? 1000);

export type MinimalRace = {
  id: string;
  failed?: string;
  sizes?: Record<
    string,
    { median: number; p95: number; max: number; count: number; lost: number } | null
  >;
  throughput?: number | null;
};

export async function raceServer() {
  return createServer({
    port: 0,
    foreignPort: 0,
    app: (config) => {
      const app = createStaticHandler(resolve('dist'), {
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

export async function appRace(browser: Browser, appUrl: string): Promise<RaceResult[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(`${appUrl}compare?lang=en&messages=${RACE_MESSAGES}`);
    await page.getByRole('button', { name: 'Run the race' }).click();
    await page.getByText(/Race finished in/).waitFor({ timeout: 15 * 60_000 });
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export JSON' }).click();
    const exported = JSON.parse(await readFile(await (await download).path(), 'utf8')) as {
      race: RaceResult[];
    };
    return exported.race;
  } finally {
    await context.close();
  }
}

export async function minimalRace(
  browser: Browser,
  appUrl: string,
  foreignPort: number,
): Promise<MinimalRace[]> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${appUrl}bench/race.html?messages=${RACE_MESSAGES}&foreign=${foreignPort}`);
    await page.getByRole('button', { name: 'Run' }).click();
    page.on('crash', () => console.error('The minimal race page crashed.'));
    const done = await page.waitForFunction(
      () => (window as unknown as { raceResults?: MinimalRace[] }).raceResults,
      undefined,
      { timeout: 15 * 60_000, polling: 500 },
    );
    return (await done.jsonValue()) as MinimalRace[];
  } finally {
    await context.close();
  }
}
