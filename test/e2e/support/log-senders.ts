import type { Page } from '@playwright/test';

/**
 * Four or three windows side by side (issue 12): a received row says who sent it, on its one line,
 * so the room can tell which window a message came from. The sender's colour mark shows with its
 * tag, whole (the tag each window shows large in its header: colour is never the only sign), or,
 * for a sender with no tag (a frame, the server), with the start of its name. Returns the rows
 * that name no sender (empty when all is well). Raw data has no sender to name: its origin stands
 * in, and it is left out.
 */
export async function namelessReceived(page: Page): Promise<string[]> {
  return page.locator('[role="log"] .log-row--received').evaluateAll((rows) =>
    rows
      .filter((row) => row.isConnected && row.checkVisibility() && !row.hasAttribute('data-raw'))
      .flatMap((row) => {
        const route = row.querySelector<HTMLElement>('.log-row__route');
        const box = route?.getBoundingClientRect();
        const seen = (el: HTMLElement | null | undefined, whole: boolean) => {
          if (!el || !box || !el.checkVisibility()) return false;
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.left >= box.left - 1 && (!whole || r.right <= box.right + 1);
        };
        const mark = route?.querySelector<HTMLElement>('.swatch');
        const tag = route?.querySelector<HTMLElement>('.log-row__tag');
        const name = route?.querySelector<HTMLElement>('.log-row__name--untagged');
        const named = tag ? seen(tag, true) : seen(name, false);
        return seen(mark, true) && named ? [] : [row.textContent ?? ''];
      }),
  );
}
