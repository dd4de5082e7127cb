// The flow view under load: 10,000 messages streaming in at 1,000 a second, then scrolling through
// them. Frame times in the receiving tab, beside a minimal page that draws the same arrows.
import type { Browser, Page } from '@playwright/test';
import { summarize, type Summary } from '../../src/lib/stats';
import { generatorScript, RECORDER, STOP } from './log-load';

export const FLOW_TOTAL = 10_000;
export const FLOW_RATE = 1_000;

export type FlowResult = { streaming: Summary; scrolling: Summary; longestTaskMs: number | null };

/** Scrolls the box from the bottom to the top over three seconds, a step per frame. */
const SCROLL = (box: string) => `new Promise((done) => {
  const box = ${box};
  const start = performance.now();
  const height = box.scrollHeight;
  const step = (t) => {
    const progress = Math.min(1, (t - start) / 3000);
    box.scrollTop = height * (1 - progress);
    if (progress < 1) requestAnimationFrame(step); else done();
  };
  requestAnimationFrame(step);
})`;

async function measure(page: Page, work: string) {
  await page.evaluate(RECORDER);
  await page.evaluate(work);
  await page.waitForTimeout(300);
  return (await page.evaluate(STOP)) as { frames: number[]; tasks: number[] };
}

export async function flowLoad(
  browser: Browser,
  receiverUrl: string,
  generatorUrl: string,
  prepare: (page: Page) => Promise<void>,
  box: string,
): Promise<FlowResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const [generator, receiver] = [await context.newPage(), await context.newPage()];
    await receiver.goto(receiverUrl);
    await prepare(receiver);
    await generator.goto(generatorUrl);
    await receiver.waitForTimeout(500);
    await receiver.evaluate(RECORDER);
    await generator.evaluate(generatorScript(FLOW_TOTAL, FLOW_RATE));
    await receiver.waitForTimeout(500);
    const streaming = (await receiver.evaluate(STOP)) as { frames: number[]; tasks: number[] };
    const scrolling = await measure(receiver, SCROLL(box));
    const tasks = [...streaming.tasks, ...scrolling.tasks];
    return {
      streaming: summarize(streaming.frames),
      scrolling: summarize(scrolling.frames),
      longestTaskMs: tasks.length ? Math.max(...tasks) : null,
    };
  } finally {
    await context.close();
  }
}

/** The app: the broadcast page with its log switched to the flow view. */
export const appFlow = (browser: Browser, appUrl: string) =>
  flowLoad(
    browser,
    `${appUrl}m/broadcast-channel?lang=en`,
    `${appUrl}compare?lang=en`,
    async (page) => {
      await page.getByRole('radio', { name: 'Flow' }).check();
      await page.getByRole('region', { name: 'Message flow' }).waitFor();
    },
    `document.querySelector('.flow-view')`,
  );

export const minimalFlow = (browser: Browser, minimalUrl: string) =>
  flowLoad(
    browser,
    `${minimalUrl}flow.html`,
    `${minimalUrl}generator.html`,
    async () => undefined,
    `window.flowBox()`,
  );
