import { expect, test } from '@playwright/test';
import { openTabs } from './support/lab-page';

// Claims of the storage page that older texts got wrong, shown in Chromium.
const PATH = '/m/storage-event';

test.describe('storage event: the claims', () => {
  test('a same-origin frame in the writing tab gets the storage event; the writing window does not', async ({
    context,
  }) => {
    const [a] = await openTabs(context, PATH, 1);
    const frameStatus = a!.page.getByRole('status').filter({ hasText: 'This frame' });
    await expect(frameStatus).toContainText('heard no storage event yet');
    await a!.send('written in this tab');
    await expect(frameStatus).toHaveText(
      'This frame heard one storage event, for key "comms-lab:message".',
    );
    // The frame's own document says the same: the event reached the frame's window.
    await expect(
      a!.page.frameLocator('iframe[title="Same-origin frame in this tab"]').locator('body'),
    ).toContainText('heard one storage event');
    // …while the window that wrote got none: not in its table, not in its log.
    await expect(
      a!.page
        .getByRole('region', { name: 'Storage events received by this tab' })
        .locator('tbody tr[data-key="comms-lab:message"]'),
    ).toHaveCount(0);
    await expect(a!.entries('received', 'written in this tab')).toHaveCount(0);
  });

  test('Chromium accepts about 5,242,880 UTF-16 characters, and the meter shows what was measured', async ({
    context,
  }) => {
    test.setTimeout(60_000);
    const [a] = await openTabs(context, PATH, 1);
    // Before measuring, the page claims no limit at all.
    await expect(a!.page.getByText(/The limit is not measured yet/)).toBeVisible();
    await expect(a!.page.getByRole('meter')).toHaveCount(0);

    await a!.button('Fill the quota').click();
    const filled = a!.page.getByRole('status').filter({ hasText: 'QuotaExceededError' });
    await expect(filled).toBeVisible();
    const text = (await filled.textContent()) ?? '';
    const holds = Number(/holds ([\d,]+) characters/.exec(text)?.[1]?.replace(/,/g, ''));
    // What the browser really holds, counted here independently of the page.
    const counted = await a!.page.evaluate(() =>
      Object.keys(localStorage).reduce(
        (sum, key) => sum + key.length + (localStorage.getItem(key) ?? '').length,
        0,
      ),
    );
    expect(holds).toBe(counted);
    // Chromium's quota is 10 MiB of UTF-16: 5,242,880 characters. The page fills to 512-character
    // resolution, so it stops just short of it; the old "5 MiB" meter would have been full at half.
    expect(holds).toBeLessThanOrEqual(5 * 1024 * 1024);
    expect(holds).toBeGreaterThan(5 * 1024 * 1024 - 1024);
    test.info().annotations.push({ type: 'measured', description: `${holds} characters` });

    const meter = a!.page.getByRole('meter');
    await expect(meter).toHaveAttribute('max', String(holds));
    await expect(a!.page.getByText(`of ${holds.toLocaleString('en-US')} characters`)).toBeVisible();
  });
});
