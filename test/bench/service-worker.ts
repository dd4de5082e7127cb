import type { Browser, BrowserContext, Page } from '@playwright/test';
import { summarize, type Summary } from '../../src/lib/stats';
import { exportLog } from './browser';

export const SW_WARMUP = 20;
export const SW_MESSAGES = 200;
export const COLD_STARTS = 10;
const PACE_MS = 15;

/** What the browser does to an idle worker, done on demand through the DevTools protocol. */
async function stopWorkers(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

async function type(page: Page, text: string) {
  const box = page.getByRole('textbox', { name: 'Message', exact: true });
  await box.fill(text);
  await box.press('Enter');
  await page.waitForTimeout(PACE_MS);
}

export type SwFigures = { warm: Summary; cold: Summary };

export async function appServiceWorker(browser: Browser, appUrl: string): Promise<SwFigures> {
  const context = await browser.newContext();
  try {
    const [a, b] = [await context.newPage(), await context.newPage()];
    for (const page of [a, b]) await page.goto(`${appUrl}m/service-worker?lang=en`);
    await a
      .getByRole('table', { name: 'Worker slots' })
      .locator('tr[data-slot="active"]', { hasText: 'activated' })
      .waitFor();
    await a.getByRole('button', { name: 'Claim this page (clients.claim)' }).click();
    for (const page of [a, b])
      await page.getByTestId('controller').filter({ hasText: 'controlled by worker' }).waitFor();
    for (let i = 0; i < SW_WARMUP + SW_MESSAGES; i++) await type(a, `warm-${i}`);
    for (let i = 0; i < COLD_STARTS; i++) {
      await stopWorkers(context, a);
      await type(a, `cold-${i}`);
      await b
        .getByRole('log')
        .locator('[data-direction="received"]', { hasText: `cold-${i}` })
        .waitFor();
    }
    const entries = await exportLog(b);
    const pick = (prefix: string, from: number) =>
      entries
        .filter(
          (e) =>
            e.direction === 'received' &&
            e.summary.startsWith(prefix) &&
            Number(e.summary.split('-')[1]) >= from,
        )
        .map((e) => e.latencyMs as number);
    return { warm: summarize(pick('warm-', SW_WARMUP)), cold: summarize(pick('cold-', 0)) };
  } finally {
    await context.close();
  }
}

export async function minimalServiceWorker(
  browser: Browser,
  minimalUrl: string,
): Promise<SwFigures> {
  const context = await browser.newContext();
  try {
    const [a, b] = [await context.newPage(), await context.newPage()];
    // One after the other: a page that loads while the worker is active is controlled at once.
    for (const page of [a, b]) {
      await page.goto(`${minimalUrl}sw-page.html`);
      await page.waitForFunction('navigator.serviceWorker.controller !== null');
    }
    for (let i = 0; i < SW_WARMUP + SW_MESSAGES; i++) await type(a, `warm-${i}`);
    for (let i = 0; i < COLD_STARTS; i++) {
      await stopWorkers(context, a);
      await type(a, `cold-${i}`);
      await b.waitForFunction(`window.latencies.some((l) => l.text === 'cold-${i}')`);
    }
    const latencies = (await b.evaluate('window.latencies')) as Array<{ text: string; ms: number }>;
    const pick = (prefix: string, from: number) =>
      latencies
        .filter((l) => l.text.startsWith(prefix) && Number(l.text.split('-')[1]) >= from)
        .map((l) => l.ms);
    return { warm: summarize(pick('warm-', SW_WARMUP)), cold: summarize(pick('cold-', 0)) };
  } finally {
    await context.close();
  }
}
