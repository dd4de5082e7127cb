import type { Locator } from '@playwright/test';

/**
 * What a results table hides from the room, as readable lines (empty when all is well): a table
 * that scrolls sideways, a cell whose box reaches past its container, a header (a column header, or
 * the label a stacked row shows instead) narrower than two characters of its own font (in Chinese
 * that is the "one character per line" break), a word split over two lines.
 */
export async function tableFit(region: Locator): Promise<string[]> {
  return region.evaluate((wrap) => {
    const box = wrap.getBoundingClientRect();
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      // A visually hidden element is 1 px wide and clipped: not something anyone reads.
      return r.width > 2 && r.height > 2 && getComputedStyle(el).visibility !== 'hidden';
    };
    const problems: string[] = [];
    if (wrap.scrollWidth > wrap.clientWidth)
      problems.push(`scrolls sideways: ${wrap.scrollWidth} px in ${wrap.clientWidth} px`);
    for (const cell of wrap.querySelectorAll('th, td')) {
      if (!shown(cell)) continue;
      const r = cell.getBoundingClientRect();
      if (r.left < box.left - 0.5 || r.right > box.right + 0.5)
        problems.push(`"${cell.textContent}" reaches ${Math.round(r.left)}–${Math.round(r.right)}`);
    }
    for (const label of wrap.querySelectorAll('th, [data-label-for]')) {
      if (!shown(label)) continue;
      const style = getComputedStyle(label);
      const inner =
        label.getBoundingClientRect().width -
        parseFloat(style.paddingLeft) -
        parseFloat(style.paddingRight);
      if (inner < 2 * parseFloat(style.fontSize))
        problems.push(`header "${label.textContent}" is ${Math.round(inner)} px wide`);
    }
    // A word split over two lines ("transf|er", "100.|0"): one range per word, one box per line.
    const walker = document.createTreeWalker(wrap, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement || !shown(node.parentElement)) continue;
      for (const word of (node.textContent ?? '').matchAll(/[\w.()']+/g)) {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (lines.size > 1) problems.push(`"${word[0]}" is split over ${lines.size} lines`);
      }
    }
    return problems;
  });
}
