import { expect, test, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../tools/chromium';
import { LabPage } from './support/lab-page';

// Playwright switches Chromium's popup blocker off by default; these tests need the real one.
test.use({
  launchOptions: {
    executablePath: findChromium(),
    args: CHROMIUM_ARGS,
    ignoreDefaultArgs: ['--disable-popup-blocking'],
  },
});

const PATH = '/m/window-open';
// Chromium's transient activation lasts 5 s (kActivationLifespan). Waiting is the point here:
// Playwright's own evaluations count as a user gesture, so each check starts after one expired.
const EXPIRED = 5_500;

/** element.click() from a timer, run through DevTools without a user gesture. */
async function scriptedClick(page: Page, name: string) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Runtime.evaluate', {
    expression: `setTimeout(() => [...document.querySelectorAll('button')]
      .find((b) => b.textContent.trim() === ${JSON.stringify(name)})?.click(), 0)`,
    userGesture: false,
  });
  await cdp.detach();
}

const blocked = (page: Page) =>
  page.getByRole('alert').filter({ hasText: 'The browser blocked the popup' });

test.describe('window.open: transient activation', () => {
  test('a key press opens a popup; element.click() from a timer without activation does not', async ({
    page,
  }) => {
    test.setTimeout(45_000);
    let popups = 0;
    page.on('popup', () => popups++);
    const lab = new LabPage(page);
    await lab.goto(PATH);
    await page.getByRole('textbox', { name: /Window name/ }).focus();
    await page.waitForTimeout(EXPIRED);
    await scriptedClick(page, 'Open popup');
    await expect(blocked(page)).toBeVisible();
    expect(popups).toBe(0);

    await page.waitForTimeout(EXPIRED);
    // A key press is an activation: Enter in the name field submits the form, no click at all.
    const popup = page.waitForEvent('popup');
    await page.keyboard.press('Enter');
    await popup;
    expect(popups).toBe(1);
  });

  test('activation expires: a scripted open 1 s after a click works, 6 s after it is blocked', async ({
    page,
  }) => {
    test.setTimeout(45_000);
    const lab = new LabPage(page);
    await lab.goto(PATH);
    const heading = page.getByRole('heading', { level: 1 });

    await heading.click();
    await page.waitForTimeout(1_000);
    const popup = page.waitForEvent('popup');
    await scriptedClick(page, 'Open popup');
    await popup; // still within the click's activation, which this popup used up

    await heading.click();
    await page.waitForTimeout(6_000);
    await scriptedClick(page, 'Open popup');
    await expect(blocked(page)).toBeVisible();
  });
});
