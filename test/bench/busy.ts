// A busy neighbour for one of the log-flood runs: a second headless Chromium, its own processes,
// with workers spinning on `threads` cores, so the flood competes for CPU as it does on a laptop
// with other tabs and programs open. The bench starts and stops it itself.
import type { Browser } from '@playwright/test';
import { launch } from './browser';

export type Neighbour = { threads: number; stop: () => Promise<void> };

export async function startBusyNeighbour(minimalUrl: string, threads: number): Promise<Neighbour> {
  const browser: Browser = await launch();
  const page = await browser.newPage();
  await page.goto(`${minimalUrl}busy.html?threads=${threads}`);
  await page.waitForFunction(
    (n) => (window as unknown as { workers: unknown[] }).workers.length === n,
    threads,
  );
  // Let the workers reach their loops before anything is measured.
  await page.waitForTimeout(500);
  return { threads, stop: () => browser.close() };
}
