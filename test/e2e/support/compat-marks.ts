import type { Page } from '@playwright/test';

/**
 * Support cells whose mark and version do not stay together (empty when all is well): a cell
 * reads on as many lines as it has phrases at most ("✓ 自 15.4 起" is one, "◐ partial, since 15.4"
 * two), so the mark never sits alone above its version. At 427 px, "✓ 自 15.4 起" took three lines.
 * A note's reference ("[1]") may take a line of its own.
 */
export async function splitMarks(page: Page): Promise<string[]> {
  return page.locator('.compat-table td[data-browser] .compat-mark').evaluateAll((marks) =>
    marks
      .filter((mark) => mark.checkVisibility())
      .flatMap((mark) => {
        const rects: DOMRect[] = [];
        const walker = document.createTreeWalker(mark, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.parentElement?.closest('.compat-mark__note') || !node.textContent?.trim())
            continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          rects.push(...[...range.getClientRects()].filter((r) => r.width > 0));
        }
        // Rects on one line overlap vertically (a symbol's fallback font sits a little higher).
        const lines: { top: number; bottom: number }[] = [];
        for (const r of rects.sort((a, b) => a.top - b.top)) {
          const line = lines.at(-1);
          if (line && r.top < line.bottom - 2) line.bottom = Math.max(line.bottom, r.bottom);
          else lines.push({ top: r.top, bottom: r.bottom });
        }
        const text = [...mark.childNodes]
          .filter((n) => !(n instanceof Element && n.matches('.compat-mark__note')))
          .map((n) => n.textContent)
          .join('')
          .trim();
        const phrases = text.split(/[,，]/).length;
        return lines.length > phrases ? [`"${text}" on ${lines.length} lines`] : [];
      }),
  );
}
