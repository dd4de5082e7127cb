// "Under the hood" and "Where it works" (issue #14) on a mechanism page: present, sourced, readable
// at 320 px. Called by layout.spec.ts on the English page it has already loaded and resized.
import { expect, type Page } from '@playwright/test';
import type { Mechanism } from '../../../src/lib/mechanism-types';

/** How far the page or the stage scrolls sideways, and the widest thing that makes it. */
export async function overflow(page: Page) {
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

/** Both folded sections, opened from their summaries, in English; ends at 1280×720. */
export async function checkHood(page: Page, mechanism: Mechanism) {
  const { hood } = await mechanism.hood();
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
      await expect(item.getByRole('link', { name: `source: ${hop.source.label}` })).toHaveAttribute(
        'href',
        hop.source.url,
      );
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
  // Read once the resize has settled: boxes sized from a ResizeObserver (the log's count, its list)
  // take their new size in the frame after the resize, and a read in between once saw 6 px (CI).
  await expect.poll(() => overflow(page), { message: 'no sideways scroll at 320 px' }).toBe(0);
  const svg = await section.getByRole('img').boundingBox();
  expect(svg?.width ?? 0).toBeGreaterThan(200);
  await page.setViewportSize({ width: 1280, height: 720 });
}
