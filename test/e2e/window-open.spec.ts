import { expect, test, type Page } from '@playwright/test';
import { LabPage } from './support/lab-page';

const PATH = '/m/window-open';

async function openPopup(
  lab: LabPage,
  options: { name?: string; sendAtOnce?: string; noopener?: boolean } = {},
): Promise<Page> {
  const { page } = lab;
  if (options.name) await page.getByRole('textbox', { name: /Window name/ }).fill(options.name);
  await page
    .getByRole('textbox', { name: /Send this right after opening/ })
    .fill(options.sendAtOnce ?? '');
  await page.getByRole('switch', { name: 'noopener' }).setChecked(options.noopener ?? false);
  const popup = page.waitForEvent('popup'); // awaited before the click that opens it
  await page.getByRole('button', { name: 'Open popup', exact: true }).click();
  return popup;
}

const received = (popup: Page) => popup.getByRole('list', { name: 'Received here' });
const item = (lab: LabPage, name: string) =>
  lab.page.getByRole('list', { name: 'Popups' }).locator('li', { hasText: name });

test.describe('window.open popups', () => {
  test('a message sent before the popup is ready is queued and delivered; then both ways', async ({
    page,
  }) => {
    const lab = new LabPage(page);
    await lab.goto(PATH);
    const popup = await openPopup(lab, { sendAtOnce: 'sent before ready' });
    await expect(page.getByRole('status').filter({ hasText: 'Queued for Popup 1' })).toBeVisible();
    await expect(received(popup)).toContainText('sent before ready');
    await expect(item(lab, 'Popup 1')).toHaveAttribute('data-state', 'ready');
    await expect(lab.entries('status', 'delivered 1 queued message')).toHaveCount(1);

    await lab.send('opener to popup');
    await expect(received(popup)).toContainText('opener to popup');
    await popup.getByRole('textbox', { name: 'Message', exact: true }).fill('popup to opener');
    await popup.getByRole('button', { name: 'Send', exact: true }).click();
    const entry = lab.entries('received', 'popup to opener');
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText('Popup 1');
  });

  test('without the handshake, a message posted at once is lost, and the page says so', async ({
    page,
  }) => {
    const lab = new LabPage(page);
    await lab.goto(PATH);
    await page.getByRole('switch', { name: 'Wait for the popup\'s "ready"' }).uncheck();
    const popup = await openPopup(lab, { sendAtOnce: 'posted too early' });
    await expect(item(lab, 'Popup 1')).toHaveAttribute('data-state', 'ready');
    await expect(lab.entries('error', 'it was not listening yet')).toHaveCount(1);
    await expect(received(popup)).not.toContainText('posted too early');
  });

  test('a closed popup is detected, with its undelivered queue reported', async ({
    page,
    context,
  }) => {
    const lab = new LabPage(page);
    await lab.goto(PATH);
    // Block the popup's page from loading, so it never says ready and the message stays queued.
    await context.route('**/peer/window-open**', (route) => route.abort());
    const popup = await openPopup(lab, { sendAtOnce: 'never delivered' });
    await expect(item(lab, 'Popup 1')).toHaveAttribute('data-state', 'opening');
    await popup.close();
    await expect(item(lab, 'Popup 1')).toHaveAttribute('data-state', 'closed');
    await expect(lab.entries('error', '1 queued message(s) never delivered')).toHaveCount(1);
  });

  test('the Close button closes the popup and the list follows', async ({ page }) => {
    const lab = new LabPage(page);
    await lab.goto(PATH);
    const popup = await openPopup(lab);
    await expect(item(lab, 'Popup 1')).toHaveAttribute('data-state', 'ready');
    const closed = popup.waitForEvent('close');
    await page.getByRole('button', { name: 'Close Popup 1' }).click();
    await closed;
    await expect(item(lab, 'Popup 1')).toHaveAttribute('data-state', 'closed');
    await expect(lab.entries('status', 'Popup 1 was closed')).toHaveCount(1);
  });

  test('noopener cuts the link: no handle here, window.opener is null there', async ({ page }) => {
    const lab = new LabPage(page);
    await lab.goto(PATH);
    const popup = await openPopup(lab, { noopener: true });
    await expect(popup.getByTestId('opener')).toHaveText('null');
    await expect(popup.getByRole('button', { name: 'Send', exact: true })).toBeDisabled();
    await expect(item(lab, 'Popup 1')).toHaveAttribute('data-state', 'no-handle');
    await expect(
      page.getByRole('status').filter({ hasText: 'window.open returned null by design' }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeDisabled();
  });

  test('opening the same window name again reuses the window', async ({ page, context }) => {
    const lab = new LabPage(page);
    await lab.goto(PATH);
    const popup = await openPopup(lab, { name: 'board' });
    await expect(item(lab, 'Popup 1')).toHaveAttribute('data-state', 'ready');
    await page.getByRole('textbox', { name: /Window name/ }).fill('board');
    await page.getByRole('button', { name: 'Open popup', exact: true }).click();
    await expect(item(lab, 'Popup 1')).toContainText('opened 2 times');
    await expect(item(lab, 'Popup 1')).toHaveAttribute('data-state', 'ready');
    expect(context.pages().filter((p) => p.url().includes('/peer/window-open'))).toHaveLength(1);
    await lab.send('to the reused window');
    await expect(received(popup)).toContainText('to the reused window');
  });

  test('a blocked popup is reported in the page and the log', async ({ page }) => {
    // Force the browser's answer for a blocked popup: window.open returns null.
    await page.addInitScript(() => {
      window.open = () => null;
    });
    const lab = new LabPage(page);
    await lab.goto(PATH);
    await page.getByRole('button', { name: 'Open popup', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText('The browser blocked the popup');
    await expect(lab.entries('error', /blocked the popup|Could not open/)).toHaveCount(1);
    await expect(page.getByRole('list', { name: 'Popups' })).toHaveCount(0);
  });
});
