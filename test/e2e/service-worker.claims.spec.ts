import { expect, test } from '@playwright/test';
import { LabPage } from './support/lab-page';

// ServiceWorker claims that older texts got wrong, shown in Chromium.
const PATH = '/m/service-worker';

const activeSlot = (tab: LabPage) =>
  tab.page.getByRole('table', { name: 'Worker slots' }).locator('tr[data-slot="active"]');

test.describe('ServiceWorker: the claims', () => {
  test('a page loaded while the worker is active is controlled without claim()', async ({
    context,
  }) => {
    const a = await LabPage.open(context, PATH);
    await expect(activeSlot(a)).toContainText('activated');
    // The page that registered the worker is not controlled…
    await expect(a.page.getByTestId('controller')).toContainText('not controlled');
    // …but a page that loads now is, at once, and nobody called claim().
    const b = await LabPage.open(context, PATH);
    await expect(b.page.getByTestId('controller')).toContainText('controlled by worker v1');
    expect(await b.page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await expect(a.page.getByTestId('controller')).toContainText('not controlled');
    // And it relays at once: B to every tab, itself included.
    await b.page.getByRole('combobox', { name: 'Relay to' }).selectOption({
      label: 'every tab, this one too',
    });
    await b.send('controlled without claim');
    await expect(b.entries('received', 'controlled without claim')).toHaveCount(1);
  });

  test('127.0.0.1 is a secure context: the worker registers and relays there', async ({
    context,
    baseURL,
  }) => {
    const loopback = (baseURL ?? '').replace('//localhost:', '//127.0.0.1:');
    expect(loopback).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const a = await LabPage.open(context, `${loopback}${PATH}`);
    expect(await a.page.evaluate(() => [location.protocol, window.isSecureContext])).toEqual([
      'http:',
      true,
    ]);
    await expect(activeSlot(a)).toContainText('activated');
    await a.button('Claim this page (clients.claim)').click();
    await expect(a.page.getByTestId('controller')).toContainText('controlled by worker v1');
    const b = await LabPage.open(context, `${loopback}${PATH}`);
    await expect(b.page.getByTestId('controller')).toContainText('controlled by worker v1');
    await a.send('over plain http on 127.0.0.1');
    await expect(b.entries('received', 'over plain http on 127.0.0.1')).toHaveCount(1);
  });
});
