// The stage's bottom edge (issue 12): on a 1280×720 projector the log's top edge cut through
// "Send a Date", SSE's "Connect", web-locks' "Step down", a switch's label, and the cut control
// read as broken. Where more of the stage lies below, its last 2.5rem fade (scroll-cue.css), so a
// control cut there reads as "scroll for more". This finds what breaks that: a stage with more
// below and no fade, and a control cut by the edge with no fade over it. Controls taller than a
// quarter of the stage (a long list's label) are left out: they cannot be shown whole anyway.
import type { Page } from '@playwright/test';

/** Readable failures ('BUTTON "Connect" 448–490, edge 488, no fade'), empty when all is cued. */
export async function uncuedStageEdge(page: Page): Promise<string[]> {
  return page.locator('#main').evaluate((main) => {
    const stage = main.getBoundingClientRect();
    const more = main.scrollTop + main.clientHeight < main.scrollHeight - 1;
    // The fade is the stage's last child, stuck to its bottom edge (scroll-cue.css).
    const cue = main.querySelector<HTMLElement>(':scope > .stage-cue');
    const cueBox = cue?.getBoundingClientRect();
    const scrollportBottom = stage.top + main.clientTop + main.clientHeight;
    const fading =
      !!cue &&
      !!cueBox &&
      cue.checkVisibility() &&
      cueBox.height >= 32 &&
      Math.abs(cueBox.bottom - scrollportBottom) < 1;
    if (fading) return [];
    const failures = more ? [`more of the stage below (${main.scrollHeight} px), no fade`] : [];
    const edge = stage.bottom;
    return failures.concat(
      [
        ...main.querySelectorAll<HTMLElement>(
          'button, input:not([type="hidden"]), select, textarea, summary, label, a.button',
        ),
      ]
        .filter((el) => el.checkVisibility())
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.height > 0 && box.height <= main.clientHeight / 4)
        .filter(({ box }) => box.top < edge - 0.5 && box.bottom > edge + 0.5)
        .map(({ el, box }) => {
          const name = (el.textContent || (el as HTMLInputElement).labels?.[0]?.textContent || '')
            .trim()
            .slice(0, 30);
          return `${el.tagName} "${name}" ${Math.round(box.top)}–${Math.round(box.bottom)}, edge ${Math.round(edge)}, no fade`;
        }),
    );
  });
}
