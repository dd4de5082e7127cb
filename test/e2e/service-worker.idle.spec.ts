import { expect, test } from '@playwright/test';
import puppeteer, { type Page } from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../tools/chromium';

// The browser stops a ServiceWorker that has had no event for a while (Chromium: 30 s,
// kServiceWorkerDefaultIdleDelayInSeconds) and starts it again for the next one, with a fresh
// memory. https://w3c.github.io/ServiceWorker/#service-worker-lifetime
//
// Chromium never stops a worker that DevTools is attached to, and Playwright attaches to every
// service worker of its contexts: so this test drives its own Chromium with puppeteer-core, told
// to leave service workers alone (targetFilter). Waiting is the point, so it takes about 35 s:
// tagged @slow (leave it out with --grep-invert @slow).
const aria = (role: string, name: string) =>
  `::-p-aria([name=${JSON.stringify(name)}][role=${JSON.stringify(role)}])`;
const textOf = (page: Page, selector: string) =>
  page.evaluate((s) => document.querySelector(s)?.textContent ?? '', selector);
const STARTED_AT = 'dl[aria-label="Worker counters"] div:last-child dd';

async function send(page: Page, text: string) {
  await page.locator(aria('textbox', 'Message')).fill(text);
  await page.locator(aria('button', 'Send')).click();
}

test.describe('ServiceWorker: idle', () => {
  test('a quiet page lets the worker stop on its own; the next message starts a fresh one @slow', async ({
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const browser = await puppeteer.launch({
      executablePath: findChromium(),
      args: CHROMIUM_ARGS,
      headless: true,
      targetFilter: (target) => target.type() !== 'service_worker',
    });
    try {
      const page = await browser.newPage();
      await page.goto(`${baseURL}/m/service-worker?lang=en`);
      await expect.poll(() => textOf(page, 'tr[data-slot="active"]')).toContain('activated');
      await page.locator(aria('button', 'Claim this page (clients.claim)')).click();
      await expect
        .poll(() => textOf(page, '[data-testid="controller"]'))
        .toContain('controlled by worker v1');
      await page.locator(aria('combobox', 'Relay to')).wait();
      await page.select(aria('combobox', 'Relay to'), 'all');
      for (const text of ['before going quiet', 'and once more']) await send(page, text);
      await expect.poll(() => textOf(page, '[data-testid="relayed"]')).toBe('2');
      const startedBefore = await textOf(page, STARTED_AT);

      // The browser reports its workers' running state to DevTools (watching is not attaching).
      const cdp = await page.createCDPSession();
      const states: string[] = [];
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        for (const v of versions) states.push(v.runningStatus);
      });
      await cdp.send('ServiceWorker.enable');
      await page.locator(aria('switch', 'Let the worker go quiet')).click();
      const quietSince = Date.now();
      await expect.poll(() => states.at(-1), { timeout: 60_000, intervals: [500] }).toBe('stopped');
      const idleMs = Date.now() - quietSince;
      test.info().annotations.push({ type: 'measured', description: `stopped after ${idleMs} ms` });
      // Stopped by idleness and nothing else: not before Chromium's 30 s (less the last ask's 2 s).
      expect(idleMs).toBeGreaterThan(27_000);

      // The next message is an event: the browser starts the worker again, with a fresh memory.
      await send(page, 'after the worker stopped');
      await expect.poll(() => states.at(-1)).toBe('running');
      await expect.poll(() => textOf(page, '[data-testid="relayed"]')).toBe('1');
      await expect.poll(() => textOf(page, STARTED_AT)).not.toBe(startedBefore);
    } finally {
      await browser.close();
    }
  });
});
