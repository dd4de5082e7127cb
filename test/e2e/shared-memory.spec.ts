import { expect, test } from '@playwright/test';
import { LabPage, openTabs } from './support/lab-page';

const PATH = '/m/shared-memory';
const isolated = (tab: LabPage) => tab.page.evaluate(() => globalThis.crossOriginIsolated);

test.describe('SharedArrayBuffer + Atomics', () => {
  test('this route alone is cross-origin isolated, and the pages around it are not', async ({
    page,
  }) => {
    const tab = new LabPage(page);
    const before = await page.goto('/m/websocket?lang=en');
    expect(before?.headers()['cross-origin-opener-policy']).toBeUndefined();
    expect(await isolated(tab)).toBe(false);

    // A link in the navigation: a full navigation (a new document), so the headers apply.
    const loaded = page.waitForResponse((r) => new URL(r.url()).pathname === PATH);
    await page.getByRole('link', { name: 'SharedArrayBuffer + Atomics' }).first().click();
    const response = await loaded;
    expect(response.headers()['cross-origin-opener-policy']).toBe('same-origin');
    expect(response.headers()['cross-origin-embedder-policy']).toBe('require-corp');
    await expect(page.getByTestId('cross-origin-isolated')).toHaveAttribute('data-value', 'true');
    expect(await isolated(tab)).toBe(true);
    await tab.ready();

    // And back out by a link: a new document again, not isolated.
    const left = page.waitForResponse((r) => new URL(r.url()).pathname === '/compare');
    await page
      .getByRole('link', { name: /Compare/ })
      .first()
      .click();
    expect((await left).headers()['cross-origin-embedder-policy']).toBeUndefined();
    await expect(page).toHaveURL(/\/compare/);
    expect(await isolated(tab)).toBe(false);
  });

  test('a message typed on the page goes through shared memory to the worker and back', async ({
    context,
  }) => {
    const [tab] = await openTabs(context, PATH, 1);
    await expect(tab!.page.getByTestId('mailbox-state')).toHaveAttribute('data-running', 'true');
    await tab!.send('hello shared memory');
    await expect(tab!.entries('sent', 'hello shared memory')).toHaveCount(1);
    const echo = tab!.entries('received', /echo: "hello shared memory"/);
    await expect(echo).toHaveCount(1);
    await expect(echo).toHaveAttribute('data-mechanism', 'shared-memory');
    await expect(echo).toContainText('Mailbox worker');
  });

  test('without Atomics.notify the message waits in the ring until the worker is woken', async ({
    context,
  }) => {
    const [tab] = await openTabs(context, PATH, 1);
    const page = tab!.page;
    await page.getByRole('switch', { name: 'Call Atomics.notify after writing' }).uncheck();
    await tab!.send('unnoticed');
    await expect(tab!.entries('sent', 'unnoticed')).toHaveCount(1);
    await expect(page.getByTestId('ring-unread')).toHaveText('1');
    // Nothing comes back while the worker sleeps (half a second is ages for shared memory).
    await page.waitForTimeout(500);
    await expect(tab!.entries('received', /echo: "unnoticed"/)).toHaveCount(0);
    await tab!.button('Notify the worker now').click();
    await expect(tab!.entries('received', /echo: "unnoticed"/)).toHaveCount(1);
    await expect(page.getByTestId('ring-unread')).toHaveText('0');
  });

  test('Atomics.wait on the main thread throws a TypeError', async ({ context }) => {
    const [tab] = await openTabs(context, PATH, 1);
    await tab!.button('Call Atomics.wait on this main thread').click();
    const notice = tab!.page.getByText(/The browser refused\. TypeError: /);
    await expect(notice).toBeVisible();
    // The TypeError's words are the browser's, marked so (not translated, English), as the log marks them.
    await expect(
      tab!.page.locator('[data-said="browser"] > [lang="en"][translate="no"]'),
    ).toHaveText(/^TypeError: /);
    test
      .info()
      .annotations.push({ type: 'measured', description: (await notice.textContent()) ?? '' });
  });

  test('two workers lose updates with a plain + 1, and none with Atomics.add', async ({
    context,
  }) => {
    test.setTimeout(60_000);
    const [tab] = await openTabs(context, PATH, 1);
    const page = tab!.page;
    const rows = page.getByRole('region', { name: 'Counter runs' }).locator('tbody tr');
    const atomicSwitch = page.getByRole('switch', { name: 'Use Atomics.add' });
    const run = async (atomic: boolean) => {
      await atomicSwitch.setChecked(atomic);
      const before = await rows.count();
      await tab!.button('Run the two counters').click();
      await expect(rows).toHaveCount(Math.min(before + 1, 6), { timeout: 20_000 });
      return Number(await rows.first().getAttribute('data-lost'));
    };
    // Without Atomics: the two threads overlap for 300 ms; a run that shows no loss is retried.
    const plain: number[] = [];
    for (let i = 0; i < 3 && !plain.some((lost) => lost > 0); i++) plain.push(await run(false));
    expect(Math.max(...plain)).toBeGreaterThan(0);
    expect(await run(true)).toBe(0);
    expect(await run(true)).toBe(0);
    test.info().annotations.push({
      type: 'measured',
      description: `lost without Atomics: ${plain.join(', ')}`,
    });
  });

  test('the buffer posted over BroadcastChannel never reaches another tab', async ({ context }) => {
    const [a, b] = await openTabs(context, PATH, 2);
    await a!.button('Post the buffer over BroadcastChannel').click();
    const reports = a!.page.getByRole('list', { name: 'What the receivers said' }).locator('li');
    // Two receivers answer: the other tab, and this tab's second channel object.
    await expect(reports).toHaveCount(2);
    const other = reports.filter({ hasNotText: '2nd BroadcastChannel' });
    const here = reports.filter({ hasText: '2nd BroadcastChannel' });
    // The other tab never gets the memory: the message without it, or a messageerror.
    await expect(other).toHaveAttribute('data-outcome', /^(lost|messageerror)$/);
    // Measured in Chromium: no error on send, and null in the buffer's place, even in this tab.
    await expect(a!.entries('error')).toHaveCount(0);
    test.info().annotations.push({
      type: 'measured',
      description: `other tab: ${await other.textContent()}; this tab: ${await here.textContent()}`,
    });
    await expect(other).toContainText('got null');
    await expect(here).toHaveAttribute('data-outcome', 'lost');
    expect(await b!.page.evaluate(() => globalThis.crossOriginIsolated)).toBe(true);
  });
});
