// "Under the hood" and "Where it works" (issue #14) in Chinese, presenter mode and the dark theme, and
// the compact support table on /compare: present, sourced, readable at 320 px. Each mechanism's own
// sections, in English, are checked on its page in layout.spec.ts (support/hood-check.ts).
import { expect, test, type Page } from '@playwright/test';
import { mechanisms } from '../../src/mechanisms/registry';
import { axeViolations } from './support/axe';
import { overflow } from './support/hood-check';

test.describe.configure({ timeout: 90_000 });

async function seriousAxe(page: Page) {
  return (await axeViolations(page))
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('in Chinese, presenter mode and the dark theme, and clean for axe', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/m/web-locks?lang=zh-CN');
  await page.evaluate(() => localStorage.setItem('comms-lab:presenter', 'on'));
  await page.reload();
  const section = page.getByRole('region', { name: '底层原理' });
  await section.getByText('底层原理').click();
  await expect(section.getByRole('img', { name: /^示意图：/ })).toBeVisible();
  await expect(section).toContainText('浏览器进程');
  await expect(section.getByRole('link', { name: /^出处：/ }).first()).toBeVisible();
  const support = page.getByRole('region', { name: '支持情况' }).first();
  await support.getByText('支持情况').click();
  await expect(support.getByRole('columnheader', { name: '本浏览器（实时）' })).toBeVisible();
  await expect(support.getByRole('table')).toContainText(/自 \d+/);
  await page.setViewportSize({ width: 320, height: 720 });
  expect(await overflow(page)).toBe(0);
  await page.setViewportSize({ width: 1280, height: 720 });
  expect(await seriousAxe(page)).toEqual([]);
});

test('the comparison page shows where each mechanism works, compactly', async ({ page }) => {
  await page.goto('/compare?lang=en');
  const region = page.getByRole('region', { name: 'Where it works' });
  const table = region.getByRole('table');
  await expect(table).toContainText(/browser-compat-data \d/);
  await expect(table.getByRole('columnheader')).toHaveText([
    'Mechanism',
    'Chrome',
    'Firefox',
    'Safari',
    'Chrome Android',
    'Firefox Android',
    'Safari iOS',
    'This browser (live)',
  ]);
  for (const { meta } of mechanisms) {
    const row = table.locator(`tr[data-mechanism="${meta.id}"]`);
    await expect(row.locator('td[data-browser="chrome"]')).toHaveText(/since \d+|partial|no/);
    await expect(row.locator('td[data-browser="here"]')).toHaveText(/usable here/);
  }
  // BroadcastChannel came to Safari in 15.4 (MDN's data, not written here by hand).
  await expect(
    table.locator('tr[data-mechanism="broadcast-channel"] td[data-browser="safari"]'),
  ).toHaveText(/since 15\.4/);
  await page.setViewportSize({ width: 320, height: 720 });
  expect(await overflow(page)).toBe(0);
  await page.setViewportSize({ width: 1280, height: 720 });
  expect(await seriousAxe(page)).toEqual([]);
  // A mechanism's name leads to its page's own table, opened.
  await table.getByRole('link', { name: 'Web Locks leader' }).click();
  await expect(page).toHaveURL(/\/m\/web-locks#where-it-works$/);
  await expect(
    page.getByRole('region', { name: 'Where it works' }).first().getByRole('table'),
  ).toBeVisible();
});
