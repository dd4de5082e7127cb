// A facts list's labels (state, requests, bytes down…) in a narrow window: a label wraps only when
// it is wider than the half of the list its column may take. A fixed 6–8rem label column broke
// "下行字节（服务器统计）" as "…服务器统 / 计" at 427 px while the value column stood half empty.
import type { Page } from '@playwright/test';

/** Each visible label that wraps although it would fit on one line in half its list. */
export function squeezedLabels(page: Page): Promise<string[]> {
  return page.locator('#main dl.facts').evaluateAll((lists) =>
    lists.flatMap((list) => {
      if (!list.checkVisibility()) return [];
      const half = list.getBoundingClientRect().width / 2;
      return [...list.querySelectorAll('dt')].flatMap((dt) => {
        const text = document.createRange();
        text.selectNodeContents(dt);
        const lines = new Set([...text.getClientRects()].map((box) => Math.round(box.top))).size;
        if (lines < 2) return [];
        // Its width on one line: the label laid out at its max-content width. The wrapped lines'
        // widths leave out the space at each break ("Events replayed on resume" summed 187 px of
        // lines, 192 px on one line), and `nowrap` on the label does not reach an API name inside
        // it, which sets its own white-space to break at its dots.
        dt.style.width = 'max-content';
        const oneLine = dt.getBoundingClientRect().width;
        dt.style.width = '';
        return oneLine <= half ? [`${dt.textContent}: ${lines} lines`] : [];
      });
    }),
  );
}
