import { expect, test } from '@playwright/test';
import { openTabs } from './support/lab-page';
import { tableFit } from './support/table-fit';

const PATH = '/m/worker-message-channel';

test.describe('Worker + MessageChannel', () => {
  test('a message typed in the page reaches the worker, whose echo comes back', async ({
    context,
  }) => {
    const [tab, other] = await openTabs(context, PATH, 2);
    await tab!.send('hello worker');
    await expect(tab!.entries('sent', 'hello worker')).toHaveCount(1);
    const echo = tab!.entries('received', /echo: "hello worker"/);
    await expect(echo).toHaveCount(1);
    await expect(echo).toHaveAttribute('data-mechanism', 'worker-message-channel');
    await expect(echo).toContainText('Worker A');
    // The page's tip says so: a dedicated worker answers only the page that started it, and a
    // second tab of the same page sees nothing of it (it has its own worker; a reply of its own
    // comes only to what it sends).
    await expect(tab!.page.locator('.mechanism-header__tip')).toHaveText(
      'Everything here stays in this tab: a second tab starts workers of its own and sees none of these messages.',
    );
    await other!.send('from the other tab');
    await expect(other!.entries('received', /echo: "from the other tab"/)).toHaveCount(1);
    await expect(other!.page.getByRole('log').getByText('hello worker')).toHaveCount(0);
    await expect(tab!.page.getByRole('log').getByText('from the other tab')).toHaveCount(0);
  });

  test('a transferred buffer is detached here and whole in the worker; a copy stays', async ({
    context,
  }) => {
    const [tab] = await openTabs(context, PATH, 1);
    const page = tab!.page;
    await page.getByRole('combobox', { name: 'Size' }).selectOption('1048576');
    await tab!.button('Copy it').click();
    await tab!.button('Transfer it').click();
    const results = page.getByRole('region', { name: 'Buffers sent to the worker' });
    const copied = results.locator('tr[data-mode="copy"]');
    const moved = results.locator('tr[data-mode="transfer"]');
    await expect(copied.locator('td[data-left]')).toHaveAttribute('data-left', '1048576');
    await expect(moved.locator('td[data-left]')).toHaveAttribute('data-left', '0');
    await expect(moved).toContainText('detached (byteLength 0)');
    // Both arrive whole on the worker's side.
    await expect(copied.locator('td[data-got]')).toHaveAttribute('data-got', '1048576');
    await expect(moved.locator('td[data-got]')).toHaveAttribute('data-got', '1048576');
    // The same table as the iframe page's: every column on screen in a 320 px window.
    await page.setViewportSize({ width: 320, height: 720 });
    expect(await tableFit(results)).toEqual([]);
  });

  test('a function and a DOM node throw DataCloneError, shown and logged, nothing sent', async ({
    context,
  }) => {
    const [tab] = await openTabs(context, PATH, 1);
    await tab!.button('Try to send a function').click();
    await expect(tab!.page.getByRole('alert')).toContainText('DataCloneError');
    await tab!.button('Try to send a DOM node').click();
    await expect(tab!.entries('error', 'DataCloneError')).toHaveCount(2);
    await expect(tab!.entries('sent')).toHaveCount(0);
    await tab!.send('still fine');
    await expect(tab!.entries('received', /echo: "still fine"/)).toHaveCount(1);
  });

  test('two workers talk over a MessageChannel without the page', async ({ context }) => {
    const [tab] = await openTabs(context, PATH, 1);
    await tab!.button('Link Worker A and Worker B').click();
    await tab!.page.getByRole('textbox', { name: 'Port message' }).fill('psst B');
    await tab!.button('Send A → B over the port').click();
    const arrived = tab!.entries('received', /Worker A → MessagePort → Worker B/);
    await expect(arrived).toHaveCount(1);
    await expect(arrived).toContainText('psst B');
    // The page sent nothing itself: the message went from worker to worker.
    await expect(tab!.entries('sent', 'psst B')).toHaveCount(0);
  });

  test('a port listened to with addEventListener delivers nothing until start()', async ({
    context,
  }) => {
    const [tab] = await openTabs(context, PATH, 1);
    const page = tab!.page;
    const ticks = tab!.entries('received', /n: \d, of: 3/);
    // With start(): all three arrive.
    await tab!.button('Ask the worker for 3 messages on a new port').click();
    await expect(ticks).toHaveCount(3);
    // Without: the worker posts them (its echo of a later message proves it ran), none arrives.
    await page.getByRole('switch', { name: 'Call port.start() after addEventListener' }).uncheck();
    await tab!.button('Ask the worker for 3 messages on a new port').click();
    await tab!.send('after the ticks');
    await expect(tab!.entries('received', /echo: "after the ticks"/)).toHaveCount(1);
    await expect(page.getByTestId('port-status')).toHaveText(
      'The worker posted 3; 0 arrived here.',
    );
    await expect(ticks).toHaveCount(3);
    await expect(page.getByText('This port was never started')).toBeVisible();
    await tab!.button('Call start() now').click();
    await expect(ticks).toHaveCount(6);
    await expect(page.getByTestId('port-status')).toHaveText(
      'The worker posted 3; 3 arrived here.',
    );
  });

  test('after terminate() a message throws nothing and gets no answer; a new worker answers', async ({
    context,
  }) => {
    const [tab] = await openTabs(context, PATH, 1);
    const page = tab!.page;
    await expect(page.getByTestId('worker-state')).toHaveText('running (started once)');
    await tab!.button('Terminate the worker').click();
    await expect(page.getByTestId('worker-state')).toHaveText('terminated');
    await expect(tab!.entries('status', 'closed')).toHaveCount(1);
    await tab!.send('into the void');
    await expect(
      page.getByRole('status').filter({ hasText: 'nothing will ever answer' }),
    ).toBeVisible();
    await expect(tab!.entries('sent', 'into the void')).toContainText('(terminated)');
    await tab!.button('Start a new worker').click();
    await expect(page.getByTestId('worker-state')).toHaveText('running (started 2 times)');
    await tab!.send('to the new one');
    await expect(tab!.entries('received', /echo: "to the new one"/)).toHaveCount(1);
    // The new worker's answer is in; the old one never answered, and never will.
    await expect(tab!.entries('received', /into the void/)).toHaveCount(0);
  });
});
