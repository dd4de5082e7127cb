import type { Page } from '@playwright/test';

/**
 * Four or three windows side by side (issue 12): a received row says who sent it, so the room can
 * tell which window a message came from. The sender's colour mark shows with its tag, whole (the
 * tag each window shows large in its header: colour is never the only sign), or, for a sender with
 * no tag (a frame, the server), with its whole name: cut, "Same-origin frame" and "Sandboxed frame"
 * both read "Sa…". Returns the rows that name no sender (empty when all is well). Raw data has no
 * sender to name: its origin stands in, and it is left out.
 */
export async function namelessReceived(page: Page): Promise<string[]> {
  return page.locator('[role="log"] .log-row--received').evaluateAll((rows) =>
    rows
      .filter((row) => row.isConnected && row.checkVisibility() && !row.hasAttribute('data-raw'))
      .flatMap((row) => {
        const route = row.querySelector<HTMLElement>('.log-row__route');
        const box = route?.getBoundingClientRect();
        // An inline box keeps its laid-out width when its cell cuts it with an ellipsis.
        const seen = (el: HTMLElement | null | undefined) => {
          if (!el || !box || !el.checkVisibility()) return false;
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.left >= box.left - 1 && r.right <= box.right + 1;
        };
        const mark = route?.querySelector<HTMLElement>('.swatch');
        const tag = route?.querySelector<HTMLElement>('.log-row__tag');
        const name = route?.querySelector<HTMLElement>('.log-row__name--untagged');
        return seen(mark) && seen(tag ?? name) ? [] : [row.textContent ?? ''];
      }),
  );
}

/**
 * In the same narrow windows the message is what the room came to read: a received row gives it
 * at least 40 % of its width. The iframe page gave a frame's message 96 px of a 289 px row, behind
 * "● Sam…" and the latency's column ("● Sam… HELLO {orig…"). Returns the rows that squeeze it.
 * With an entry's detail open beside a 1280 list, sent and received rows give it `share` (their
 * message had ~80 px of 712: "{origi…").
 */
export async function squeezedMessages(
  page: Page,
  share = 0.4,
  rows = '.log-row--received',
): Promise<string[]> {
  return page.locator(`[role="log"] :is(${rows})`).evaluateAll(
    (rows, share) =>
      rows
        .filter((row) => row.isConnected && row.checkVisibility())
        .flatMap((row) => {
          const summary = row.querySelector<HTMLElement>('.log-row__summary');
          const style = getComputedStyle(row);
          const inner =
            row.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          const width = summary?.getBoundingClientRect().width ?? 0;
          return width >= share * inner
            ? []
            : [`${row.textContent ?? ''}: the message has ${Math.round(width)} of ${inner} px`];
        }),
    share,
  );
}

/**
 * Two windows side by side (640 px): a row names its sender whole, the name being what tells the
 * windows apart. What followed the name in its column (an origin, "→ to") was cut there, and the
 * ellipsis took the name's end ("Indigo Dolphin bbb…", "Same-origin frame (…"). Returns the rows
 * whose sender's column is cut.
 */
export async function cutSenders(page: Page): Promise<string[]> {
  return page
    .locator('[role="log"] :is(.log-row--sent, .log-row--received, .log-row--rejected)')
    .evaluateAll((rows) =>
      rows
        .filter((row) => row.isConnected && row.checkVisibility())
        .flatMap((row) => {
          const route = row.querySelector<HTMLElement>('.log-row__route');
          return route && route.checkVisibility() && route.scrollWidth > route.clientWidth + 1
            ? [`"${route.textContent}" in ${route.clientWidth} px`]
            : [];
        }),
    );
}

/**
 * Every row keeps its text inside its box (the list places rows at a fixed height): a refused
 * message's reason wrapped to two lines with its kind's mark on the first grew past the row's
 * 30 px, and the next row's border cut through the second line ("— {origin: "null"}"). Returns the
 * rows whose parts stick out, by how much.
 */
export async function overflowingRows(page: Page): Promise<string[]> {
  return page.locator('[role="log"] .log-row').evaluateAll((rows) =>
    rows
      .filter((row) => row.isConnected && row.checkVisibility())
      .flatMap((row) => {
        const box = row.getBoundingClientRect();
        const parts = [...row.children, ...row.querySelectorAll('.log-row__summary > .tag')];
        const out = Math.max(
          0,
          ...parts
            .filter((part) => part.checkVisibility())
            .map((part) => {
              const r = part.getBoundingClientRect();
              return r.height === 0 ? 0 : Math.max(box.top - r.top, r.bottom - box.bottom);
            }),
        );
        return out > 1 ? [`${row.textContent ?? ''}: ${out.toFixed(1)} px out of its row`] : [];
      }),
  );
}
