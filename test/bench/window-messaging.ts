import type { Browser, Page } from '@playwright/test';
import { summarize, type Summary } from '../../src/lib/stats';
import { exportLog } from './browser';
import { cpuMeter, perMessage, type CpuPerMessage } from './cpu';

export const RT_WARMUP = 20;
export const RT_MESSAGES = 200;
const PACE_MS = 15;

type Exported = {
  direction: string;
  summary: string;
  at: number;
  envelope?: { id: string; kind: string; sentAt: number; body: { of?: string } };
};

/** Round trips from the exported log: a sent message's sentAt to the arrival of its receipt. */
function roundTrips(entries: Exported[]): number[] {
  const sent = new Map<string, { n: number; sentAt: number }>();
  for (const e of entries) {
    const match = /^rt-(\d+)$/.exec(e.summary);
    if (e.direction === 'sent' && match && e.envelope)
      sent.set(e.envelope.id, { n: Number(match[1]), sentAt: e.envelope.sentAt });
  }
  const rtts: number[] = [];
  for (const e of entries) {
    const of =
      e.direction === 'received' && e.envelope?.kind === 'ack' ? e.envelope.body.of : undefined;
    const original = of ? sent.get(of) : undefined;
    if (original && original.n >= RT_WARMUP) rtts.push(e.at - original.sentAt);
  }
  return rtts;
}

export type RoundTrips = { trips: Summary; cpu: CpuPerMessage };

/** Typed and sent with Enter, as a person does; returns the tab's CPU time per message sent. */
async function typeMessages(page: Page, exact: boolean): Promise<CpuPerMessage> {
  const box = page.getByRole('textbox', { name: 'Message', exact });
  const meter = await cpuMeter(page);
  const before = await meter.read();
  for (let i = 0; i < RT_WARMUP + RT_MESSAGES; i++) {
    await box.fill(`rt-${i}`);
    await box.press('Enter');
    await page.waitForTimeout(PACE_MS);
  }
  await page.waitForTimeout(300);
  return perMessage(before, await meter.read(), RT_WARMUP + RT_MESSAGES);
}

function checked(rtts: number[], what: string): Summary {
  if (rtts.length !== RT_MESSAGES)
    throw new Error(`${what}: ${rtts.length} of ${RT_MESSAGES} round trips came back`);
  return summarize(rtts);
}

export async function appFrameRoundTrip(
  browser: Browser,
  appUrl: string,
  frame: 'Same-origin frame' | 'Cross-origin frame',
): Promise<RoundTrips> {
  const page = await browser.newPage();
  try {
    await page.goto(`${appUrl}m/iframe-post-message?lang=en`);
    await page
      .locator('figcaption', { hasText: frame })
      .locator('.tag', { hasText: 'ready' })
      .waitFor();
    await page.getByRole('combobox', { name: 'To' }).first().selectOption({ label: frame });
    const cpu = await typeMessages(page, true);
    return { trips: checked(roundTrips(await exportLog<Exported>(page)), frame), cpu };
  } finally {
    await page.close();
  }
}

export async function appPopupRoundTrip(browser: Browser, appUrl: string): Promise<RoundTrips> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${appUrl}m/window-open?lang=en`);
    const popup = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Open popup', exact: true }).click();
    await (await popup).waitForLoadState();
    await page.getByRole('list', { name: 'Popups' }).locator('li[data-state="ready"]').waitFor();
    const cpu = await typeMessages(page, true);
    return { trips: checked(roundTrips(await exportLog<Exported>(page)), 'popup'), cpu };
  } finally {
    await context.close();
  }
}

/** The minimal pages are driven like the app: typed into a box and sent with Enter. */
async function pings(page: Page): Promise<RoundTrips> {
  const cpu = await typeMessages(page, false);
  const rtts = (await page.evaluate('window.rtts')) as number[];
  return { trips: checked(rtts.slice(RT_WARMUP), 'minimal'), cpu };
}

export async function minimalFrameRoundTrip(
  browser: Browser,
  minimalUrl: string,
  childOrigin: string,
): Promise<RoundTrips> {
  const page = await browser.newPage();
  try {
    await page.goto(`${minimalUrl}frame-parent.html?child=${encodeURIComponent(childOrigin)}`);
    await page.waitForFunction('window.ready === true');
    return await pings(page);
  } finally {
    await page.close();
  }
}

export async function minimalPopupRoundTrip(
  browser: Browser,
  minimalUrl: string,
): Promise<RoundTrips> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${minimalUrl}opener.html`);
    const popup = page.waitForEvent('popup');
    await page.click('#open');
    await popup;
    await page.waitForFunction('window.ready === true');
    return await pings(page);
  } finally {
    await context.close();
  }
}

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
