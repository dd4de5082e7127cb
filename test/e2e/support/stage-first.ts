import type { Page } from '@playwright/test';

/**
 * What of a mechanism's stage is pushed down by teaching text at a 1280×720 projector, as readable
 * lines (empty when all is well). The stage is #main down to the log's top edge. Issue 12:
 * "everything else (teaching text, secondary panels, code) is one step away, never in the way";
 * the review found prose filling half the stage on long polling, shared memory, web locks and SSE.
 * - The send form and what a page marks `data-stage-primary` (the switch that breaks it, the
 *   connect controls, the state that matters) start in the stage's top `share` (40 %).
 * - No panel spends more than a quarter of the stage's height on prose (hints, paragraphs and list
 *   items with no control in them) in view: the rest of it is folded one step away.
 */
export async function teachingInTheWay(page: Page, share = 0.4): Promise<string[]> {
  return page.evaluate((share) => {
    const main = document.querySelector<HTMLElement>('#main')!.getBoundingClientRect();
    const dock = document.querySelector('.log-dock')?.getBoundingClientRect();
    const bottom = dock && dock.top > main.top + 1 ? Math.min(dock.top, main.bottom) : main.bottom;
    const height = bottom - main.top;
    const problems: string[] = [];
    const primaries = [
      document.querySelector<HTMLElement>('#main .send-form'),
      ...document.querySelectorAll<HTMLElement>('#main [data-stage-primary]'),
    ].filter((el): el is HTMLElement => !!el && el.checkVisibility());
    for (const el of primaries) {
      const at = (el.getBoundingClientRect().top - main.top) / height;
      if (at > share)
        problems.push(
          `"${(el.textContent ?? '').trim().slice(0, 40)}" starts at ${Math.round(at * 100)} % of the stage`,
        );
    }
    const prose = ':is(.hint, li, p:not([class]):not([data-testid]))';
    for (const panel of document.querySelectorAll<HTMLElement>('#main .panel')) {
      let covered = 0;
      for (const el of panel.querySelectorAll<HTMLElement>(prose)) {
        if (!el.checkVisibility() || el.querySelector('input, button, select, textarea')) continue;
        // Nested prose (a hint inside a list item) counts once, as its outermost block.
        if (el.parentElement?.closest(prose) && panel.contains(el.parentElement.closest(prose)))
          continue;
        const r = el.getBoundingClientRect();
        covered += Math.max(0, Math.min(r.bottom, bottom) - Math.max(r.top, main.top));
      }
      if (covered > height / 4)
        problems.push(
          `"${panel.querySelector('h2')?.textContent}": prose takes ${Math.round((covered / height) * 100)} % of the stage's height`,
        );
    }
    return problems;
  }, share);
}
