// The code panel in zh-CN (issue 12): code is never translated, but its comments are what a
// teacher reads aloud. Called from support/zh-complete-checks.ts.
import { expect, type Page } from '@playwright/test';
import { untranslatedComments } from '../../tools/comment-checks';

// The longest panels are also looked at at 1280×720 and 320 px wide (four windows side by side),
// with a screenshot each; the panel's CSS is the same on every page, so these stand for the rest.
const NARROW = new Set(['websocket', 'webrtc-data-channel', 'shared-memory', 'server-sent-events']);
const SIZES = [
  { width: 1280, height: 720 },
  { width: 320, height: 720 },
];

/**
 * Opened (unless a pass opened it already), every comment is Chinese, and the lines wrap inside
 * the panel instead of scrolling it sideways. Screenshots go to .test-output/code-panel/ for a
 * person to look at.
 */
export async function checkCodePanel(page: Page, route: string) {
  const panel = page.getByRole('region', { name: '本页背后的代码' });
  // A click on an open <details>' summary would fold it again.
  if (!(await panel.locator('details').evaluate((el) => el.hasAttribute('open'))))
    await panel.getByText('本页背后的代码', { exact: true }).click();
  const code = panel.getByLabel('本页背后的代码');
  await expect(code).toBeVisible();
  // The translations load with the page; the first comment turns Chinese once they have.
  await expect(code.locator('.code-panel__comment').first()).toContainText(/[\u3400-\u9fff]/);
  const text = (await code.textContent()) ?? '';
  expect(untranslatedComments(text), `English comments in ${route}'s code panel`).toEqual([]);

  const slug = route.replace(/^\/m\//, '');
  const sideways = () => code.evaluate((pre) => pre.scrollWidth - pre.clientWidth);
  expect(await sideways(), `${route}'s code scrolls sideways`).toBeLessThanOrEqual(0);
  if (!NARROW.has(slug)) return;
  for (const size of SIZES) {
    await page.setViewportSize(size);
    expect(await sideways(), `${route}'s code at ${size.width} px`).toBeLessThanOrEqual(0);
    await code.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `.test-output/code-panel/${slug}-zh-CN-${size.width}.png` });
  }
}
