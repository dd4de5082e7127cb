import { expect, test } from '@playwright/test';
import { mechanisms } from '../../src/mechanisms/registry';
import { seriousAxe } from './support/axe';
import { LabPage, openTabs } from './support/lab-page';

test.describe('the app', () => {
  test('two tabs show different identities, each kept across a reload', async ({ context }) => {
    const a = await LabPage.open(context, '/');
    const b = await LabPage.open(context, '/');
    const nameA = (await a.identity.textContent()) ?? '';
    const nameB = (await b.identity.textContent()) ?? '';
    expect(nameA).toMatch(/This tab:\s*\w+ \w+/);
    expect(nameA).not.toBe(nameB);
    const colour = (lab: LabPage) =>
      lab.identity
        .locator('.peer-badge__swatch')
        .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await colour(a)).not.toBe(await colour(b));
    await a.page.reload();
    await expect(a.identity).toHaveText(nameA);
  });

  test('renders in English and in Chinese, and the choice persists', async ({ page }) => {
    await page.goto('/m/broadcast-channel?lang=zh-CN');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('BroadcastChannel');
    await expect(page.getByRole('link', { name: '总览' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: '消息' })).toBeVisible();
    await expect(page.getByRole('button', { name: '发送', exact: true })).toBeVisible();
    await expect(page.getByRole('log', { name: '消息日志' })).toBeAttached();
    await expect(page.getByRole('group', { name: '标签页身份' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await page.goto('/compare');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('机制对比');
    await page.getByRole('combobox', { name: '语言' }).selectOption('en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare the mechanisms');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare the mechanisms');
  });

  test('presenter mode enlarges the type and survives navigation', async ({ page }) => {
    await page.goto('/?lang=en');
    const size = () =>
      page.locator('html').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const before = await size();
    await page.getByRole('button', { name: 'Presenter mode' }).click();
    await expect(page.getByRole('button', { name: 'Presenter mode' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(await size()).toBeGreaterThan(before);
    await page.getByRole('navigation').getByRole('link', { name: 'Storage event' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Storage event');
    await expect(page.locator('html')).toHaveClass(/presenter/);
  });

  test('works from the keyboard alone: reach the message box, type, press Enter', async ({
    context,
  }) => {
    const [a, b] = await openTabs(context, '/m/broadcast-channel');
    await a!.page.keyboard.press('Tab'); // skip link first
    await expect(a!.page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await a!.messageBox.focus();
    await a!.page.keyboard.type('typed, not clicked');
    await a!.page.keyboard.press('Enter');
    await expect(b!.entries('received', 'typed, not clicked')).toHaveCount(1);
    // Every interactive element can be reached with Tab: none has a negative tabindex.
    expect(
      await a!.page
        .locator(
          'button[tabindex="-1"], input[tabindex="-1"], select[tabindex="-1"], a[tabindex="-1"]',
        )
        .count(),
    ).toBe(0);
  });

  // Every other route gets these three axe runs in layout.spec.ts, on the page it resizes.
  test('axe finds nothing serious on /no/such/page in en, in en presenter mode and in zh-CN', async ({
    page,
  }) => {
    const heading = page.getByRole('heading', { level: 1 });
    await page.goto('/no/such/page?lang=en');
    await expect(heading).toBeVisible();
    expect(await seriousAxe(page), 'en').toEqual([]);
    const presenter = page.getByRole('button', { name: 'Presenter mode' });
    await presenter.click();
    await expect(page.locator('html')).toHaveClass(/presenter/);
    expect(await seriousAxe(page), 'en, presenter mode').toEqual([]);
    await presenter.click();
    await expect(page.locator('html')).not.toHaveClass(/presenter/);
    await page.goto('/no/such/page?lang=zh-CN');
    await expect(heading).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    expect(await seriousAxe(page), 'zh-CN').toEqual([]);
  });

  test('the comparison table has a row per mechanism, linking to its page', async ({ page }) => {
    await page.goto('/compare?lang=en');
    const table = page.getByRole('table', { name: 'Traits of each mechanism' });
    await expect(table.locator('tbody tr')).toHaveCount(mechanisms.length);
    // A projector's default view leaves these traits out; the column picker brings them back.
    const picker = page.locator('summary', { hasText: 'Columns to show' });
    await picker.click();
    for (const column of ['Sender hears itself', 'Survives reload'])
      await page.getByRole('checkbox', { name: column }).check();
    await picker.click();
    await expect(table.getByRole('columnheader', { name: 'Sender hears itself' })).toBeVisible();
    const row = table.locator('tr[data-mechanism="storage-event"]');
    // Drawn short ("string"), the whole word kept for screen readers.
    const payload = row.locator('td[data-trait="payload"]');
    await expect(payload.locator('[aria-hidden="true"]')).toHaveText('string');
    await expect(payload.locator('.visually-hidden')).toHaveText('strings only');
    await expect(row.locator('td[data-trait="survivesReload"]')).toContainText('yes');
    await row.getByRole('link', { name: 'Storage event' }).click();
    await expect(page).toHaveURL(/\/m\/storage-event$/);
  });

  test('the not-found page says so and links home', async ({ page }) => {
    await page.goto('/nowhere?lang=en');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await page.getByRole('link', { name: 'Back to the overview' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'How do browser contexts talk?',
    );
  });

  test('the log stays bounded and shows the newest entry during a flood', async ({ context }) => {
    const [a, b] = await openTabs(context, '/m/broadcast-channel');
    await a!.page.evaluate(() => {
      const flood = new BroadcastChannel('comms-lab');
      const sender = { id: 'flood-1', name: 'Flood', color: '#123456', kind: 'tab' };
      for (let seq = 1; seq <= 3000; seq++) {
        flood.postMessage({
          v: 1,
          id: `f${seq}`,
          mechanism: 'broadcast-channel',
          sender,
          kind: 'chat',
          body: `flood ${seq}`,
          sentAt: performance.timeOrigin + performance.now(),
          seq,
        });
      }
      flood.close();
    });
    await expect(b!.entries('received', 'flood 3000')).toBeVisible();
    // In view inside the scrolling log, not only in the DOM: the log followed the flood down.
    await expect(b!.entries('received', 'flood 3000')).toBeInViewport();
    expect(await b!.log.locator('[data-direction]').count()).toBeLessThan(80);
    // The count, not the whole toolbar, whose text runs into it ("Filter text3000 of …").
    const tools = b!.page.getByRole('toolbar', { name: 'Log tools' }).getByRole('status');
    await expect(tools).toContainText(/\d{4} of \d{4} entries/);
    // A reader who scrolled up keeps their place while entries arrive; back at the bottom, the log
    // follows again.
    const shown = async () =>
      Number(/(\d+) of \d+ entries/.exec((await tools.textContent()) ?? '')?.[1]);
    const first = b!.log.getByText('flood 1', { exact: true });
    await b!.log.evaluate((log) => log.scrollTo({ top: 0 }));
    await expect(first).toBeInViewport();
    const before = await shown();
    await a!.send('while scrolled up');
    await expect.poll(shown).toBeGreaterThan(before);
    await expect(first).toBeInViewport();
    expect(await b!.log.evaluate((log) => log.scrollTop)).toBe(0);
    await b!.log.evaluate((log) => log.scrollTo({ top: log.scrollHeight }));
    await a!.send('at the bottom again');
    await expect(b!.entries('received', 'at the bottom again')).toBeInViewport();
    // Filtering finds an old entry that is not in the DOM until it matches.
    await b!.page.getByRole('searchbox', { name: 'Filter text' }).fill('flood 1777');
    await expect(tools).toHaveText(/^1 of \d{4} entries/);
    await expect(b!.entries('received', 'flood 1777')).toHaveCount(1);
  });

  test('the log exports JSON', async ({ context }) => {
    const [a, b] = await openTabs(context, '/m/broadcast-channel');
    await a!.send('to export');
    await expect(b!.entries('received', 'to export')).toHaveCount(1);
    const download = b!.page.waitForEvent('download');
    await b!.button('Export JSON').click();
    const file = await (await download).path();
    const { readFile } = await import('node:fs/promises');
    const exported = JSON.parse(await readFile(file, 'utf8'));
    expect(exported.format).toBe('comms-lab-log');
    expect(
      exported.entries.some(
        (e: { direction: string; summary: string; latencyMs?: number }) =>
          e.direction === 'received' &&
          e.summary === 'to export' &&
          typeof e.latencyMs === 'number',
      ),
    ).toBe(true);
  });
});
