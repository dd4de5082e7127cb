// Copy vs transfer of an ArrayBuffer to a same-origin frame: the postMessage call itself, and the
// time until the frame had the buffer, in the app's transfer panel and in the minimal page.
import type { Browser } from '@playwright/test';
import { summarize, type Summary } from '../../src/lib/stats';

export const COST_SIZES = [1024, 100 * 1024, 10 * 1024 * 1024];
const repeats = (bytes: number) => (bytes >= 1024 * 1024 ? 10 : 30);
export type Cost = { call: Summary; arrived: Summary };

/** Copy vs transfer through the app's transfer panel, to the same-origin frame. */
export async function appCosts(browser: Browser, appUrl: string): Promise<Record<string, Cost>> {
  const page = await browser.newPage();
  const out: Record<string, Cost> = {};
  try {
    await page.goto(`${appUrl}m/iframe-post-message?lang=en`);
    await page
      .locator('figcaption', { hasText: 'Same-origin frame' })
      .locator('.tag', { hasText: 'ready' })
      .waitFor();
    const panel = page.getByRole('region', { name: 'Copy and transfer results' });
    await page
      .getByRole('combobox', { name: 'To' })
      .nth(1)
      .selectOption({ label: 'Same-origin frame' });
    for (const bytes of COST_SIZES) {
      await page.getByRole('combobox', { name: 'Size' }).selectOption(String(bytes));
      for (const mode of ['copy', 'transfer'] as const) {
        const calls: number[] = [];
        const arrivals: number[] = [];
        for (let i = 0; i < repeats(bytes); i++) {
          await page
            .getByRole('button', {
              name: mode === 'copy' ? 'Send a copy (structured clone)' : 'Transfer it',
            })
            .click();
          const row = panel.locator('tbody tr').first();
          await row.locator('td').nth(3).filter({ hasText: /ms$/ }).waitFor();
          const cells = await row.locator('td').allTextContents();
          calls.push(parseFloat(cells[2] ?? 'NaN'));
          arrivals.push(parseFloat(cells[3] ?? 'NaN'));
        }
        out[`${bytes}:${mode}`] = { call: summarize(calls), arrived: summarize(arrivals) };
      }
    }
    return out;
  } finally {
    await page.close();
  }
}

export async function minimalCosts(
  browser: Browser,
  minimalUrl: string,
): Promise<Record<string, Cost>> {
  const page = await browser.newPage();
  const out: Record<string, Cost> = {};
  try {
    await page.goto(`${minimalUrl}frame-parent.html`);
    await page.waitForFunction('window.ready === true');
    for (const bytes of COST_SIZES) {
      for (const mode of ['copy', 'transfer'] as const) {
        // Clicked, as in the app: the page shows a row for each buffer it sent.
        await page.evaluate(`window.costs = []; window.setSize(${bytes})`);
        for (let i = 0; i < repeats(bytes); i++) {
          await page.click(`#${mode}`);
          await page.waitForFunction(`window.costs.length === ${i + 1}`);
        }
        const costs = (await page.evaluate('window.costs')) as Array<{
          callMs: number;
          arrivedMs: number;
        }>;
        out[`${bytes}:${mode}`] = {
          call: summarize(costs.map((c) => c.callMs)),
          arrived: summarize(costs.map((c) => c.arrivedMs)),
        };
      }
    }
    return out;
  } finally {
    await page.close();
  }
}
