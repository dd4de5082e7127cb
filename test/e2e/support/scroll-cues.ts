// A region that scrolls sideways shows that there is more (issue 12: /compare's tables were cut
// mid-word at their edge, "This brows", with nothing saying the rest was one swipe away). Each
// visible table region that overflows must fade the edge where more lies (src/styles/scroll-cue.css)
// and not the edge where the content ends, at its start and again scrolled to its end.
import type { Page } from '@playwright/test';

/** Each overflowing region without its cue, as "region: what is wrong" (empty when all is well). */
export function missingScrollCues(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const found: string[] = [];
    const cue = (el: Element) => {
      const style = getComputedStyle(el);
      return {
        mask: style.maskImage || style.getPropertyValue('-webkit-mask-image'),
        before: parseFloat(style.getPropertyValue('--more-before')) || 0,
        after: parseFloat(style.getPropertyValue('--more-after')) || 0,
      };
    };
    for (const wrap of document.querySelectorAll<HTMLElement>('#main .table-wrap')) {
      if (!wrap.checkVisibility() || wrap.scrollWidth <= wrap.clientWidth + 1) continue;
      const name =
        wrap.getAttribute('aria-label') ??
        wrap.querySelector('table')?.getAttribute('aria-label') ??
        wrap.querySelector('caption')?.textContent?.slice(0, 40) ??
        wrap.className;
      const kept = wrap.scrollLeft;
      wrap.scrollLeft = 0;
      await frame();
      await frame();
      const start = cue(wrap);
      if (!start.mask || start.mask === 'none') found.push(`${name}: no fade at its edges`);
      else if (start.after < 0.5) found.push(`${name}: its far edge does not fade at the start`);
      else if (start.before > 0.05) found.push(`${name}: its near edge fades at the start`);
      wrap.scrollLeft = wrap.scrollWidth;
      await frame();
      await frame();
      const end = cue(wrap);
      if (end.after > 0.05) found.push(`${name}: its far edge still fades at the end`);
      if (end.before < 0.5) found.push(`${name}: its near edge does not fade at the end`);
      wrap.scrollLeft = kept;
    }
    return found;
  });
}
