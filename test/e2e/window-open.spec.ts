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
    await expect(lab.entries('error', '1 queued message never delivered')).toHaveCount(1);
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

  test('the send note follows the target: after switching to Popup 2 it no longer names Popup 1', async ({
    page,
  }) => {
    const lab = new LabPage(page);
    await lab.goto(PATH);
    const one = await openPopup(lab);
    await expect(item(lab, 'Popup 1')).toHaveAttribute('data-state', 'ready');
    const two = await openPopup(lab);
    await expect(item(lab, 'Popup 2')).toHaveAttribute('data-state', 'ready');
    await lab.send('to the first');
    const note = (name: string) => page.getByRole('status').filter({ hasText: `Sent to ${name}.` });
    await expect(note('Popup 1')).toBeVisible();
    await page
      .getByRole('combobox', { name: 'To', exact: true })
      .selectOption({ label: 'Popup 2 (comms-lab-popup-2)' });
    // The note described a send to Popup 1; with Popup 2 chosen it would mislead the room.
    await expect(note('Popup 1')).toHaveCount(0);
    await lab.send('to the second');
    await expect(note('Popup 2')).toBeVisible();
    await expect(received(two)).toContainText('to the second');
    await expect(received(one)).not.toContainText('to the second');
  });

  test('the open form and what its fields say fit their card at 1280×720, 640, 427 and 320 px, in both languages', async ({
    page,
  }) => {
    for (const lang of ['en', 'zh-CN'] as const) {
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.goto(`${PATH}?lang=${lang}`);
      const form = page.locator('form.open-form');
      await expect(form).toBeVisible();
      for (const width of [1280, 640, 427, 320]) {
        await page.setViewportSize({ width, height: 720 });
        // Every field inside the card that holds the form, and every field's text (its value, or
        // the placeholder that says what an empty field means) inside the field: a cut-off
        // "beside this wind" is as unreadable as a field past the card's edge.
        const problems = await form.evaluate((el) => {
          const card = el.closest('.panel')!.getBoundingClientRect();
          const ctx = document.createElement('canvas').getContext('2d')!;
          return [...el.querySelectorAll('input')].flatMap((input) => {
            const name = input.labels?.[0]?.textContent ?? input.name;
            const box = input.getBoundingClientRect();
            const style = getComputedStyle(input);
            ctx.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
            const text = input.value || input.placeholder;
            // A number field keeps room for its spin buttons.
            const room =
              input.clientWidth -
              parseFloat(style.paddingLeft) -
              parseFloat(style.paddingRight) -
              (input.type === 'number' ? 16 : 0);
            const found: string[] = [];
            if (box.left < card.left - 0.5 || box.right > card.right + 0.5)
              found.push(`${name}: ${Math.round(box.left)}–${Math.round(box.right)} past the card`);
            if (input.type !== 'checkbox' && ctx.measureText(text).width > room)
              found.push(
                `${name}: "${text}" needs ${Math.round(ctx.measureText(text).width)} px of ${Math.round(room)}`,
              );
            return found;
          });
        });
        expect.soft(problems, `${lang} at ${width} px`).toEqual([]);
      }
    }
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
