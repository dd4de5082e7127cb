// Presenter mode's stage edge (issue 12): a band of the page's colour covers the control the log's
// top edge would cut (use-stage-edge.ts). A control under it must not stay hidden when it takes the
// keyboard's focus: WCAG 2.2's "Focus Not Obscured (Minimum)", 2.4.11,
// https://www.w3.org/WAI/WCAG22/Understanding/focus-not-obscured-minimum. Tab goes through every
// control on the stage; each focused one must be the topmost element at its own centre.
import { expect, test } from '@playwright/test';
import { LabPage } from './support/lab-page';

test('in presenter mode every control the keyboard reaches on the stage is shown, not under the edge band', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const lab = new LabPage(page);
  // BroadcastChannel's stage is taller than a 1280×720 presenter stage: its edge fell on
  // "Send a Date" before the band.
  await lab.goto('/m/broadcast-channel');
  await lab.ready();
  await lab.button('Presenter mode').click();
  await expect(page.locator('html')).toHaveClass(/presenter/);
  const band = page.locator('.app-main__edge');
  // The band covers something at rest: otherwise this test proves nothing.
  await expect.poll(async () => (await band.boundingBox())?.height ?? 0).toBeGreaterThan(0);

  await lab.messageBox.focus();
  const hidden: string[] = [];
  let reached = 0;
  for (let step = 0; step < 60; step++) {
    await page.keyboard.press('Tab');
    // Focus scrolls, and the band is measured again in the next frame.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    const seen = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      const main = document.getElementById('main');
      if (!el || !main?.contains(el)) return null;
      const box = el.getBoundingClientRect();
      const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      const name = (el.getAttribute('aria-label') || el.textContent || el.id || el.tagName)
        .trim()
        .slice(0, 40);
      return { name, shown: !!top && (el === top || el.contains(top) || top.contains(el)) };
    });
    if (!seen) {
      if (reached > 0) break;
      continue;
    }
    reached++;
    if (!seen.shown) hidden.push(seen.name);
  }
  expect(reached).toBeGreaterThan(5);
  expect(hidden).toEqual([]);
});
