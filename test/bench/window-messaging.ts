// Round trips over window messaging, app beside minimal page, both driven from the keyboard: a
// message typed and sent with Enter, its receipt's arrival read from the page (the app: its
// exported log; the minimal page: window.rtts).
import type { Browser, Locator, Page } from '@playwright/test';
import { exportLog } from './browser';
import { cpuMeter, perMessage, type CpuMeter, type CpuPerMessage } from './cpu';
import { startProfile, stopProfile, type CpuProfile } from './profile';
import {
  checked,
  roundTrips,
  RT_MESSAGES,
  RT_WARMUP,
  type ExportedEntry,
  type RoundTripsSummary,
} from './round-trips';

const PACE_MS = 15;
/** Messages sent by raw key events alone, for the CPU figure without the driver's locator. */
export const KEY_MESSAGES = 100;
/** Messages sent the same way with the CPU profiler on (its own phase: it costs CPU itself). */
export const PROFILED_MESSAGES = 60;

type Driven = { cpu: CpuPerMessage; keysCpu: CpuPerMessage; profile?: CpuProfile };
export type RoundTrips = RoundTripsSummary & { keysCpu: CpuPerMessage; profile?: CpuProfile };

/** Sends `count` messages by key events only: the box keeps the focus, so no locator runs. */
async function keyed(page: Page, box: Locator, prefix: string, count: number): Promise<void> {
  await box.focus();
  for (let i = 0; i < count; i++) {
    await page.keyboard.insertText(`${prefix}-${i}`);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(PACE_MS);
  }
  await page.waitForTimeout(300);
}

/**
 * Three phases on one page. 1: typed and sent with Enter as a person does, through Playwright's
 * role locator (which walks the page's accessibility tree for every message, so on the app's larger
 * page its CPU figure measures the driver as much as the app). 2: the same by key events alone, the
 * CPU figure of the page's own work per message. 3 (optional): phase 2 again under the profiler.
 */
async function drive(page: Page, exact: boolean, profile: boolean): Promise<Driven> {
  const box = page.getByRole('textbox', { name: 'Message', exact });
  const meter: CpuMeter = await cpuMeter(page);
  const before = await meter.read();
  for (let i = 0; i < RT_WARMUP + RT_MESSAGES; i++) {
    await box.fill(`rt-${i}`);
    await box.press('Enter');
    await page.waitForTimeout(PACE_MS);
  }
  await page.waitForTimeout(300);
  const cpu = perMessage(before, await meter.read(), RT_WARMUP + RT_MESSAGES);
  const keysBefore = await meter.read();
  await keyed(page, box, 'key', KEY_MESSAGES);
  const keysCpu = perMessage(keysBefore, await meter.read(), KEY_MESSAGES);
  if (!profile) return { cpu, keysCpu };
  await startProfile(meter.session);
  await keyed(page, box, 'prof', PROFILED_MESSAGES);
  return { cpu, keysCpu, profile: await stopProfile(meter.session) };
}

/** The app's round trips from its exported log; every keyed message must have come back too. */
async function appResult(page: Page, driven: Driven, what: string): Promise<RoundTrips> {
  const entries = await exportLog<ExportedEntry>(page);
  checked(roundTrips(entries, 'key', 0), `${what}, keys only`, KEY_MESSAGES);
  return { trips: checked(roundTrips(entries), what), ...driven };
}

export async function appFrameRoundTrip(
  browser: Browser,
  appUrl: string,
  frame: 'Same-origin frame' | 'Cross-origin frame',
  profile = false,
): Promise<RoundTrips> {
  const page = await browser.newPage();
  try {
    await page.goto(`${appUrl}m/iframe-post-message?lang=en`);
    await page
      .locator('figcaption', { hasText: frame })
      .locator('.tag', { hasText: 'ready' })
      .waitFor();
    await page.getByRole('combobox', { name: 'To' }).first().selectOption({ label: frame });
    return await appResult(page, await drive(page, true, profile), frame);
  } finally {
    await page.close();
  }
}

export async function appPopupRoundTrip(
  browser: Browser,
  appUrl: string,
  profile = false,
): Promise<RoundTrips> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${appUrl}m/window-open?lang=en`);
    const popup = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Open popup', exact: true }).click();
    await (await popup).waitForLoadState();
    await page.getByRole('list', { name: 'Popups' }).locator('li[data-state="ready"]').waitFor();
    return await appResult(page, await drive(page, true, profile), 'popup');
  } finally {
    await context.close();
  }
}

/** The minimal pages are driven like the app; window.rtts holds every round trip in order. */
async function pings(page: Page, profile: boolean): Promise<RoundTrips> {
  const driven = await drive(page, false, profile);
  const rtts = (await page.evaluate('window.rtts')) as number[];
  const all = RT_WARMUP + RT_MESSAGES + KEY_MESSAGES + (profile ? PROFILED_MESSAGES : 0);
  if (rtts.length !== all)
    throw new Error(`minimal: ${rtts.length} of ${all} round trips came back`);
  return { trips: checked(rtts.slice(RT_WARMUP, RT_WARMUP + RT_MESSAGES), 'minimal'), ...driven };
}

export async function minimalFrameRoundTrip(
  browser: Browser,
  minimalUrl: string,
  childOrigin: string,
  profile = false,
): Promise<RoundTrips> {
  const page = await browser.newPage();
  try {
    await page.goto(`${minimalUrl}frame-parent.html?child=${encodeURIComponent(childOrigin)}`);
    await page.waitForFunction('window.ready === true');
    return await pings(page, profile);
  } finally {
    await page.close();
  }
}

export async function minimalPopupRoundTrip(
  browser: Browser,
  minimalUrl: string,
  profile = false,
): Promise<RoundTrips> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${minimalUrl}opener.html`);
    const popup = page.waitForEvent('popup');
    await page.click('#open');
    await popup;
    await page.waitForFunction('window.ready === true');
    return await pings(page, profile);
  } finally {
    await context.close();
  }
}
