import type { Browser, Page } from '@playwright/test';
import { summarize, type Summary } from '../../src/lib/stats';
import { exportLog } from './browser';

export const WARMUP = 30;
export const MESSAGES = 300;
const PACE_MS = 10;

async function appReady(page: Page) {
  await page
    .getByRole('log', { name: 'Message log' })
    .locator('[data-direction="status"]', { hasText: 'open' })
    .first()
    .waitFor();
}

/** One-way latency through the app: typed into A's form, stamped on arrival in B, read from B's exported log. */
export async function appLatency(
  browser: Browser,
  appUrl: string,
  mechanism: string,
): Promise<Summary> {
  const context = await browser.newContext();
  try {
    const [a, b] = [await context.newPage(), await context.newPage()];
    for (const page of [a, b]) await page.goto(`${appUrl}m/${mechanism}?lang=en`);
    await Promise.all([appReady(a), appReady(b)]);
    const box = a.getByRole('textbox', { name: 'Message' });
    for (let i = 0; i < WARMUP + MESSAGES; i++) {
      await box.fill(`bench-${i}`);
      await box.press('Enter');
      await a.waitForTimeout(PACE_MS);
    }
    const last = `bench-${WARMUP + MESSAGES - 1}`;
    await b
      .getByRole('log', { name: 'Message log' })
      .locator('[data-direction="received"]', { hasText: last })
      .waitFor();
    const entries = await exportLog(b);
    const latencies = entries
      .filter(
        (e) =>
          e.direction === 'received' &&
          /^bench-\d+$/.test(e.summary) &&
          Number(e.summary.slice(6)) >= WARMUP,
      )
      .map((e) => e.latencyMs as number);
    if (latencies.length !== MESSAGES)
      throw new Error(
        `${mechanism}: expected ${MESSAGES} messages in B, found ${latencies.length}`,
      );
    return summarize(latencies);
  } finally {
    await context.close();
  }
}

/** The same through a minimal hand-written page. */
export async function minimalLatency(
  browser: Browser,
  minimalUrl: string,
  mechanism: string,
): Promise<Summary> {
  const context = await browser.newContext();
  try {
    const [a, b] = [await context.newPage(), await context.newPage()];
    for (const page of [a, b]) await page.goto(`${minimalUrl}${mechanism}.html`);
    for (let i = 0; i < WARMUP + MESSAGES; i++) {
      await a.evaluate(
        (text) => (window as unknown as { send: (t: string) => void }).send(text),
        `bench-${i}`,
      );
      await a.waitForTimeout(PACE_MS);
    }
    await b.waitForFunction(
      (n) => (window as unknown as { latencies: number[] }).latencies.length >= n,
      WARMUP + MESSAGES,
    );
    const latencies = await b.evaluate(
      () => (window as unknown as { latencies: number[] }).latencies,
    );
    return summarize(latencies.slice(WARMUP));
  } finally {
    await context.close();
  }
}
