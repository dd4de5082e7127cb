import { expect, type Locator } from '@playwright/test';
import type { LabPage } from './lab-page';

/**
 * A server feed's clock ticks (a `time` event every 2 s): the page counts them as they come, the
 * log leaves them out, and the page's switch, flipped from the keyboard, brings them in.
 */
export async function checkTicks(tab: LabPage, counted: () => Promise<number>, toggle: Locator) {
  const ticks = tab.log.locator('[data-direction="received"]:has([data-kind="time"])');
  const before = await counted();
  await expect.poll(counted, { timeout: 10_000 }).toBeGreaterThan(before);
  await expect(ticks).toHaveCount(0);
  await expect(toggle).not.toBeChecked();
  await toggle.focus();
  await tab.page.keyboard.press('Space');
  await expect(toggle).toBeChecked();
  await expect(ticks.first()).toBeVisible({ timeout: 10_000 });
}

/** The last number in a text: "time (every 2 s) · 3 received" counts 3. */
export const lastNumber = async (locator: Locator) =>
  Number(/(\d+)\D*$/.exec((await locator.textContent()) ?? '')?.[1] ?? NaN);

/** The switch's name on the pages that have one (components/ticks-switch.tsx). */
export const TICKS = 'Clock ticks in the log (one every 2 s)';
