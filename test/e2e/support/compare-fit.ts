import type { Page } from '@playwright/test';

/**
 * What keeps /compare's table from a projector's one view, as readable lines (empty when all is
 * well): the table scrolls sideways in its box, a cell's text takes more than one line, or a row is
 * taller than one line (two where the mechanism's name itself wraps, as "Long polling vs SSE vs
 * WebSocket" may beside presenter mode's larger text).
 */
export async function compareFit(page: Page): Promise<string[]> {
  return page.locator('.compare-wrap').evaluate((wrap) => {
    const problems: string[] = [];
    if (wrap.scrollWidth > wrap.clientWidth)
      problems.push(`scrolls sideways: ${wrap.scrollWidth} px in ${wrap.clientWidth} px`);
    // The lines an element's visible text takes, by the tops of its line boxes.
    const lines = (el: Element) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const tops = [...range.getClientRects()].filter((r) => r.width > 1 && r.height > 1);
      return new Set(tops.map((r) => Math.round(r.top))).size;
    };
    for (const row of wrap.querySelectorAll('tbody tr')) {
      const name = row.querySelector('th')!;
      const nameLines = lines(name);
      if (nameLines > 2) problems.push(`"${name.textContent}" takes ${nameLines} lines`);
      for (const cell of row.querySelectorAll('td'))
        if (lines(cell) > 1)
          problems.push(`${name.textContent}: "${cell.textContent}" takes ${lines(cell)} lines`);
      const style = getComputedStyle(name);
      const most =
        Math.max(1, nameLines) * parseFloat(style.lineHeight) +
        parseFloat(style.paddingTop) +
        parseFloat(style.paddingBottom) +
        2;
      const height = row.getBoundingClientRect().height;
      if (height > most)
        problems.push(`${name.textContent}: row ${Math.round(height)} px, at most ${most} px`);
    }
    return problems;
  });
}
