import { expect, test } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../tools/chromium';
import { LabPage } from './support/lab-page';

// A LAN-like origin without leaving loopback: Chromium resolves this name to 127.0.0.1, but the
// origin http://lan.comms-lab.test is not potentially trustworthy, so the page is not a secure
// context. https://w3c.github.io/webappsec-secure-contexts/#is-origin-trustworthy
const LAN_HOST = 'lan.comms-lab.test';
test.use({
  launchOptions: {
    executablePath: findChromium(),
    args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${LAN_HOST} 127.0.0.1`],
  },
});

test.describe('ServiceWorker: outside a secure context', () => {
  test('on a non-secure origin a dedicated Worker runs while navigator.serviceWorker is absent', async ({
    page,
    baseURL,
  }) => {
    const lan = (baseURL ?? '').replace('//localhost:', `//${LAN_HOST}:`);
    const lab = new LabPage(page);
    await lab.goto(`${lan}/m/service-worker`);
    // The page explains why ServiceWorkers cannot run here…
    await expect(
      page.getByRole('status').filter({ hasText: 'ServiceWorkers need a secure context' }),
    ).toContainText('dedicated and shared workers still can');
    expect(
      await page.evaluate(() => [window.isSecureContext, 'serviceWorker' in navigator]),
    ).toEqual([false, false]);
    // …and yet a dedicated worker starts and answers on this very page.
    await page.getByRole('button', { name: 'Start a dedicated worker here' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'A dedicated worker started' }),
    ).toContainText('(isSecureContext in it: false)');
  });
});
