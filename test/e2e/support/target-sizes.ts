// Controls a room can use (issue 12): every visible button, link drawn as a button, checkbox and
// radio is a target of 24 by 24 CSS px at least, WCAG 2.5.8
// (https://www.w3.org/WAI/WCAG22/Understanding/target-size-minimum.html). A checkbox's or radio's
// target is its label too, since a click on the label checks it
// (https://html.spec.whatwg.org/multipage/forms.html#the-label-element): the largest box counts. "Open one now" and a channel's "Leave" were 22 px tall, the SSE
// page's event-type boxes 13 px with labels of one 23 px line.
import type { Page } from '@playwright/test';

/** Readable failures ("Leave: 41×22"), empty when every target is large enough. */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // Half a pixel for rounding: a box of 23.6 px is drawn as 24.
    const MIN = 23.5;
    const targets = document.querySelectorAll<HTMLElement>(
      'button, a.button, [role="button"], input:is([type="checkbox"], [type="radio"], [type="submit"], [type="button"])',
    );
    const failures: string[] = [];
    for (const el of targets) {
      if (!el.checkVisibility()) continue;
      const labels = [...((el as HTMLInputElement).labels ?? [])];
      const boxes = [el, ...labels].map((box) => box.getBoundingClientRect());
      if (boxes.some((box) => box.width >= MIN && box.height >= MIN)) continue;
      const largest = boxes.reduce((a, b) => (b.width * b.height > a.width * a.height ? b : a));
      const name = (
        el.getAttribute('aria-label') ??
        (labels[0]?.textContent || el.textContent || el.id || el.tagName)
      )
        .trim()
        .slice(0, 40);
      failures.push(`${name}: ${Math.round(largest.width)}×${Math.round(largest.height)}`);
    }
    return failures;
  });
}

/**
 * Labels of a radio or checkbox whose wrapped lines start under the control instead of under the
 * first word ("…under another / name)" on the iframe page, "· 1 / received" on the SSE page): the
 * text after the control keeps to the right of it on every line. Controls drawn over their whole
 * label (segmented bars, the log's chips) have no such column and are left out.
 */
export async function labelsWrappedUnder(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const failures: string[] = [];
    const inputs = document.querySelectorAll<HTMLInputElement>(
      'label > input:is([type="radio"], [type="checkbox"])',
    );
    for (const input of inputs) {
      const label = input.parentElement;
      if (!label || !input.checkVisibility({ checkOpacity: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(label);
      range.setStartAfter(input);
      const edge = input.getBoundingClientRect().right;
      const lines = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      if (lines.some((line) => line.left < edge - 0.5))
        failures.push((label.textContent ?? '').trim().slice(0, 40));
    }
    return failures;
  });
}
