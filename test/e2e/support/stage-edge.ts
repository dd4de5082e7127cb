// The stage's edge in presenter mode (issue 12): on a 1280×720 projector the log's top edge cut
// through "Send a Date", SSE's "Connect", web-locks' "Step down", a switch's label. The stage ends
// on whole controls: none is cut by where the stage stops showing (its bottom, or the top of the
// band that covers a control there, app.css). Controls taller than a quarter of the stage (a long
// list's label) may be cut: they cannot be shown whole anyway.
import type { Page } from '@playwright/test';

/** Readable failures ('BUTTON "Connect" 448–490, edge 488'), empty when every control is whole. */
export async function cutAtStageEdge(page: Page): Promise<string[]> {
  return page.locator('#main').evaluate((main) => {
    const band = main.querySelector('.app-main__edge')?.getBoundingClientRect();
    const stage = main.getBoundingClientRect();
    const edge = band && band.height > 0 ? band.top : stage.bottom;
    return [
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
        return `${el.tagName} "${name}" ${Math.round(box.top)}–${Math.round(box.bottom)}, edge ${Math.round(edge)}`;
      });
  });
}
