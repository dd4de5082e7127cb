// One log flood into the app's page or the minimal page, and how each counts what it received.
import type { Page } from '@playwright/test';
import { logLoad, type LoadOptions } from '../log-load';
import type { PartContext } from './context';

// The app's log shows "N of M entries · K oldest dropped": received = M + K, minus its own few.
async function appReceived(page: Page): Promise<number> {
  // A plain evaluate, like the minimal page's counter: it runs in the page being measured. A locator
  // would load Playwright's selector engine into the page (a 10–25 ms compile, counted as the app's
  // long task in the trace) and run it every 200 ms.
  const text = await page.evaluate(
    () => document.querySelector('.log-toolbar__count')?.textContent ?? '',
  );
  const shown = Number(/of (\d+) entries/.exec(text)?.[1] ?? 0);
  const dropped = Number(/(\d+) oldest dropped/.exec(text)?.[1] ?? 0);
  return shown + dropped - 3; // connecting, open, hello
}
const minimalReceived = (page: Page) =>
  page.evaluate(() => (window as unknown as { received: () => number }).received());

export function flood(ctx: PartContext, page: 'app' | 'minimal', options?: LoadOptions) {
  return page === 'app'
    ? logLoad(
        ctx.browser,
        `${ctx.appUrl}m/broadcast-channel?lang=en`,
        `${ctx.appUrl}compare?lang=en`,
        appReceived,
        options,
      )
    : logLoad(
        ctx.browser,
        `${ctx.minimal.url}log.html`,
        `${ctx.minimal.url}generator.html`,
        minimalReceived,
        options,
      );
}
