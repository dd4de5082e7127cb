import type { Page } from '@playwright/test';

// The log's rows read from the back of the room (issue 12), measured in the page: the size of
// every text a row shows, the room each line of it has inside the row, and whether the rows'
// columns line up. Each returns readable failures, empty when all is well.

/**
 * Texts in the log's rows drawn under `min` px (computed font-size). At 427 and 320 px a frame's
 * name and its latency were 11.3 px, a status line 11.97: hard to read from the back. Text that is
 * only for screen readers (clipped to 1 px) is left out.
 */
export async function smallRowText(page: Page, min = 12): Promise<string[]> {
  return page.locator('[role="log"] .log-row').evaluateAll(
    (rows, min) =>
      rows
        .filter((row) => row.isConnected && row.checkVisibility())
        .flatMap((row) => {
          const small: string[] = [];
          const texts = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
          for (let node = texts.nextNode(); node; node = texts.nextNode()) {
            const parent = node.parentElement;
            if (!node.textContent?.trim() || !parent?.checkVisibility()) continue;
            const box = parent.getBoundingClientRect();
            if (box.width <= 1 || box.height <= 1) continue;
            const px = parseFloat(getComputedStyle(parent).fontSize);
            if (px < min) small.push(`"${node.textContent.trim()}" at ${px.toFixed(2)} px`);
          }
          return small;
        }),
    min,
  );
}

/**
 * Lines of text too close to their row's edges: each line a row shows keeps `gap` px from the
 * row's top and from its bottom border. A status line wrapped to two lines of 12 px in a 30 px
 * row sat 1 px from each border, so it touched the row above and the next (long polling, web
 * locks, WebRTC at 320). Only what its cell shows counts (a clamped line's hidden rest does not).
 * Rows never overlap each other either.
 */
export async function crowdedRows(page: Page, gap = 2): Promise<string[]> {
  return page.locator('[role="log"] .log-row').evaluateAll((rows, gap) => {
    const shown = rows.filter((row) => row.isConnected && row.checkVisibility());
    const failures: string[] = [];
    const boxes = shown.map((row) => row.getBoundingClientRect()).sort((a, b) => a.top - b.top);
    for (let i = 1; i < boxes.length; i++)
      if (boxes[i]!.top < boxes[i - 1]!.bottom - 0.5)
        failures.push(`rows overlap at ${Math.round(boxes[i]!.top)} px`);
    for (const row of shown) {
      const box = row.getBoundingClientRect();
      const border = parseFloat(getComputedStyle(row).borderBottomWidth) || 0;
      const [top, bottom] = [box.top + gap, box.bottom - border - gap];
      let worst = 0;
      const texts = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
      for (let node = texts.nextNode(); node; node = texts.nextNode()) {
        const parent = node.parentElement;
        if (!node.textContent?.trim() || !parent?.checkVisibility()) continue;
        // The row's cell clips what does not fit (a clamped status line's third line).
        const cell = parent.closest('.log-row > *')?.getBoundingClientRect() ?? box;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const r of range.getClientRects()) {
          const [from, to] = [Math.max(r.top, cell.top), Math.min(r.bottom, cell.bottom)];
          if (r.width === 0 || to - from < 1) continue;
          worst = Math.max(worst, top - from, to - bottom);
        }
      }
      if (worst > 0.5)
        failures.push(`${row.textContent ?? ''}: ${worst.toFixed(1)} px into its edge`);
    }
    return failures;
  }, gap);
}

/**
 * Rows whose sender does not start where the other rows' senders do. A refused message (the
 * hostile frame's, on the iframe page at 1280) had no mechanism column and started its sender in
 * that column, under the others' mechanism. Returns each misplaced sender with its offset.
 */
export async function misalignedSenders(page: Page): Promise<string[]> {
  return page
    .locator('[role="log"] :is(.log-row--sent, .log-row--received, .log-row--rejected)')
    .evaluateAll((rows) => {
      const starts = rows
        .filter((row) => row.isConnected && row.checkVisibility())
        .flatMap((row) => {
          const route = row.querySelector<HTMLElement>('.log-row__route');
          if (!route?.checkVisibility()) return [];
          const from = route.getBoundingClientRect().left - row.getBoundingClientRect().left;
          return [{ from, text: row.textContent ?? '' }];
        });
      const common = starts
        .map((s) => s.from)
        .sort(
          (a, b) =>
            starts.filter((s) => Math.abs(s.from - b) < 1).length -
            starts.filter((s) => Math.abs(s.from - a) < 1).length,
        )[0];
      return starts
        .filter((s) => common !== undefined && Math.abs(s.from - common) >= 1)
        .map((s) => `${s.text}: from ${Math.round(s.from)} px, the others ${Math.round(common!)}`);
    });
}
