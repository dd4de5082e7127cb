// The stage's edge (issue 12): where more of the stage lies below the log's top edge, its last
// 2.5rem fade (scroll-cue.css). A control that takes the keyboard's focus must not stay in the
// fade: WCAG 2.2's "Focus Not Obscured (Minimum)", 2.4.11,
// https://www.w3.org/WAI/WCAG22/Understanding/focus-not-obscured-minimum. Tab goes through every
// control on the stage; each focused one must sit whole above the fade (scroll-padding).
import { expect, test } from '@playwright/test';
import { LabPage } from './support/lab-page';

test('in presenter mode every control the keyboard reaches on the stage is shown above the edge fade', async ({
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
  // The fade is the stage's last child: stuck to the stage's bottom edge while more lies below.
  const fade = () =>
    page.locator('#main').evaluate((main) => {
      const cue = main.querySelector(':scope > .stage-cue')?.getBoundingClientRect();
      const bottom = main.getBoundingClientRect().top + main.clientTop + main.clientHeight;
      const more = main.scrollTop + main.clientHeight < main.scrollHeight - 1;
      return !!cue && more && Math.abs(cue.bottom - bottom) < 1 && cue.top < bottom - 32;
    });
  // The stage fades at rest: otherwise this test proves nothing.
  await expect.poll(fade).toBe(true);

  await lab.messageBox.focus();
  const hidden: string[] = [];
  let reached = 0;
  for (let step = 0; step < 60; step++) {
    await page.keyboard.press('Tab');
    // Focus scrolls; wait for the frame that draws it.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    const seen = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      const main = document.getElementById('main');
      if (!el || !main?.contains(el)) return null;
      const box = el.getBoundingClientRect();
      const cue = main.querySelector(':scope > .stage-cue')?.getBoundingClientRect();
      const bottom = main.getBoundingClientRect().top + main.clientTop + main.clientHeight;
      const fading = !!cue && Math.abs(cue.bottom - bottom) < 1;
      const fadeTop = cue ? cue.top : bottom;
      const name = (el.getAttribute('aria-label') || el.textContent || el.id || el.tagName)
        .trim()
        .slice(0, 40);
      return { name, shown: !fading || box.bottom <= fadeTop + 1 };
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
