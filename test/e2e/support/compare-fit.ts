import type { Page } from '@playwright/test';

/**
 * What keeps /compare's table from a projector's one view, as readable lines (empty when all is
 * well): the table scrolls sideways in its box, a cell's text takes more than one line, or a row is
 * taller than one line (two where the mechanism's name itself wraps, as "Long polling vs SSE vs
 * WebSocket" may beside presenter mode's larger text), or a header takes more than two lines
 * (presenter mode's "Round trip, / 1 KiB / (ms)" and "Needs / a / server" made the header row
 * ~118 px, a row and a half of the table).
 */
export async function compareFit(page: Page): Promise<string[]> {
  return page.locator('.compare-wrap').evaluate((wrap) => {
    const problems: string[] = [];
    if (wrap.scrollWidth > wrap.clientWidth)
      problems.push(`scrolls sideways: ${wrap.scrollWidth} px in ${wrap.clientWidth} px`);
    // The lines an element's shown text takes, by the tops of its line boxes (a visually hidden
    // word, 1 px wide and clipped, is for screen readers and takes no line anyone sees).
    const lines = (el: Element) => {
      const tops = new Set<number>();
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if ((node.parentElement?.getBoundingClientRect().width ?? 0) <= 2) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const r of range.getClientRects()) if (r.width > 1) tops.add(Math.round(r.top));
      }
      return tops.size;
    };
    for (const header of wrap.querySelectorAll<HTMLElement>('thead th')) {
      const headerLines = lines(header);
      if (headerLines > 2)
        problems.push(`header "${header.title || header.textContent}" takes ${headerLines} lines`);
    }
    for (const row of wrap.querySelectorAll('tbody tr')) {
      const name = row.querySelector('th')!;
      const nameLines = lines(name);
      if (nameLines > 2) problems.push(`"${name.textContent}" takes ${nameLines} lines`);
      for (const cell of row.querySelectorAll('td'))
        if (lines(cell) > 1)
          problems.push(`${name.textContent}: "${cell.textContent}" takes ${lines(cell)} lines`);
      // A mark a little larger than its text (1.1em) may raise the line box: half a line of slack.
      const style = getComputedStyle(name);
      const line = parseFloat(style.lineHeight);
      const most =
        (Math.max(1, nameLines) + 0.5) * line +
        parseFloat(style.paddingTop) +
        parseFloat(style.paddingBottom);
      const height = row.getBoundingClientRect().height;
      if (height > most)
        problems.push(
          `${name.textContent}: row ${Math.round(height)} px, at most ${Math.round(most)} px`,
        );
    }
    return problems;
  });
}
