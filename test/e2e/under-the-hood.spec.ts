// "Under the hood" and "Where it works" (issue #14) on every registered mechanism page, and the
// compact support table on /compare: present, sourced, readable at 320 px, in both languages.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mechanisms } from '../../src/mechanisms/registry';

test.describe.configure({ timeout: 90_000 });

/** How far the page or the stage scrolls sideways, and the widest thing that makes it. */
async function overflow(page: Page) {
  const found = await page.evaluate(() => {
    const main = document.querySelector<HTMLElement>('#main');
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll<HTMLElement>('#main *')].find(
      (el) => el.getBoundingClientRect().right > width + 1 && el.closest('.table-wrap') === null,
    );
    return {
      by: Math.max(
        document.documentElement.scrollWidth - width,
        main ? main.scrollWidth - main.clientWidth : 0,
      ),
      culprit: wide ? `${wide.tagName}.${wide.className} ${wide.textContent?.slice(0, 40)}` : '',
    };
  });
  return found.by > 0 ? `${found.by}px by ${found.culprit}` : 0;
}

async function seriousAxe(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const mechanism of mechanisms) {
  const id = mechanism.meta.id;
  test(`${id}: under the hood (diagram, hops, sources) and where it works`, async ({ page }) => {
    const { hood } = await mechanism.hood();
    await page.goto(`/m/${id}?lang=en`);
    const section = page.getByRole('region', { name: 'Under the hood' });
    // Folded: one step away from the stage, not on it.
    await expect(section.getByRole('img')).toHaveCount(0);
    await section.getByText('Under the hood').click();
    await expect(
      section.getByRole('img', { name: /^Diagram: \d+ places in \d+ processes/ }),
    ).toBeVisible();
    const hops = section.getByRole('list', { name: 'Hops, in order' }).getByRole('listitem');
    await expect(hops).toHaveCount(hood.hops.length);
    for (const [i, hop] of hood.hops.entries()) {
      const item = hops.nth(i);
      await expect(item.locator('code[translate="no"]')).toHaveText(hop.carrier);
      if (hop.source)
        await expect(
          item.getByRole('link', { name: `source: ${hop.source.label}` }),
        ).toHaveAttribute('href', hop.source.url);
      if (hop.inference) await expect(item).toContainText('inference');
    }

    const support = page.getByRole('region', { name: 'Where it works' }).first();
    await support.getByText('Where it works').click();
    const table = support.getByRole('table');
    await expect(table).toContainText(/MDN’s browser-compat-data \d+\.\d+/);
    for (const key of mechanism.compat) {
      const row = table
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: key, exact: true }) });
      await expect(row.getByRole('cell')).toHaveCount(7);
      await expect(row.locator('td[data-browser="chrome"]')).toHaveText(
        /since \d|partial|no\b|unknown/,
      );
      await expect(row.locator('td[data-browser="here"]')).toHaveText(
        /present|missing|only in workers|not checkable/,
      );
    }
    await expect(support).toContainText(/This browser: Chrome \d+\./);

    await page.setViewportSize({ width: 320, height: 720 });
    expect(await overflow(page), 'no sideways scroll at 320 px').toBe(0);
    const svg = await section.getByRole('img').boundingBox();
    expect(svg?.width ?? 0).toBeGreaterThan(200);
  });
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
