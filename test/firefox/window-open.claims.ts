import type { Page } from 'puppeteer-core';
import { assert, test } from './harness';
import { LabTab } from './lab-tab';

// Popups follow transient user activation, in Firefox as in Chromium: a key press counts, and it
// expires (Firefox: dom.user_activation.transient.timeout, 5 s). The run keeps Firefox's popup
// blocker on (firefox.ts). https://html.spec.whatwg.org/multipage/interaction.html#transient-activation
//
// Every script the harness runs in the page counts as an activation (WebDriver BiDi's
// script.evaluate with userActivation), so each check waits for one to expire, with no call between.
const EXPIRED = 6_500;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** element.click() on the button from a timer `delay` ms after the last activation. */
const clickLater = (page: Page, name: string, delay: number) =>
  page.evaluate(
    (label, ms) =>
      void setTimeout(
        () =>
          [...document.querySelectorAll('button')]
            .find((b) => b.textContent?.trim() === label)
            ?.click(),
        ms,
      ),
    name,
    delay,
  );

function countPopups(page: Page) {
  let count = 0;
  page.on('popup', () => count++);
  return () => count;
}

test(
  'Firefox: a key press opens a popup; element.click() from a timer without activation does not',
  async ({ context, base }) => {
    const lab = await LabTab.open(context, `${base}/m/window-open`);
    const page = lab.page as Page;
    const popups = countPopups(page);
    await clickLater(page, 'Open popup', EXPIRED);
    await sleep(EXPIRED + 1_000);
    await lab.see('The browser blocked the popup');
    assert(popups() === 0, 'a popup opened without activation');

    // A key press is an activation: Enter in the name field submits the form, no click at all.
    const field = await page.waitForSelector(
      '::-p-aria([name="Window name (the same name reuses the window)"][role="textbox"])',
    );
    await field!.focus();
    await sleep(EXPIRED);
    await page.keyboard.press('Enter');
    const until = Date.now() + 10_000;
    while (popups() === 0 && Date.now() < until) await sleep(100);
    assert(popups() === 1, `the key press opened ${popups()} popup(s)`);
  },
  { timeoutMs: 60_000 },
);

test(
  'Firefox: activation expires: a scripted open 1 s after activation works, 6.5 s after it is blocked',
  async ({ context, base }) => {
    const lab = await LabTab.open(context, `${base}/m/window-open`);
    const page = lab.page as Page;
    const popups = countPopups(page);
    await clickLater(page, 'Open popup', 1_000);
    await sleep(3_000);
    assert(popups() === 1, 'the open 1 s after activation was blocked');
    await clickLater(page, 'Open popup', EXPIRED);
    await sleep(EXPIRED + 1_000);
    assert(popups() === 1, 'the open 6.5 s after activation was not blocked');
    await lab.see('The browser blocked the popup');
  },
  { timeoutMs: 60_000 },
);
