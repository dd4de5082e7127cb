// Controls the back of the room must still make out (issue 12; WCAG 1.4.11 asks 3:1 for a
// control's edge, https://www.w3.org/WAI/WCAG22/Understanding/non-text-contrast.html):
// - every radio and checkbox on the stage is drawn by the app (`appearance: none`): the browser's
//   own dark radio is a #3b3b3b disc on the card, 1.6:1, and its computed border says nothing of it;
//   its edge is 3:1 or more against what is behind it;
// - every disabled control has a dashed edge (a cue that is not colour) and keeps its edge and its
//   words at 3:1 or more: the faded primary button was 2.85:1.
import type { Page } from '@playwright/test';

/** Readable failures ("Send: disabled edge 2.85:1"), empty when every control is clear. */
export async function weakControls(page: Page): Promise<string[]> {
  return page.locator('#main').evaluate((main) => {
    type Rgba = [number, number, number, number];
    const parse = (css: string): Rgba => {
      const [r = 0, g = 0, b = 0, a = 1] = css.match(/[\d.]+/g)?.map(Number) ?? [];
      return [r, g, b, css.startsWith('rgba') || css.includes('/') ? a : 1];
    };
    // `top` painted over an opaque `bottom`, `alpha` times its own alpha (opacity included).
    const over = (top: Rgba, bottom: Rgba, alpha = 1): Rgba => {
      const a = top[3] * alpha;
      return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as Rgba;
    };
    const backdrop = (el: Element | null): Rgba =>
      el
        ? over(parse(getComputedStyle(el).backgroundColor), backdrop(el.parentElement))
        : [255, 255, 255, 1];
    const opacity = (el: Element | null): number =>
      el ? Number(getComputedStyle(el).opacity) * opacity(el.parentElement) : 1;
    const luminance = ([r, g, b]: Rgba) => {
      const lin = (c: number) =>
        c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4;
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const ratio = (x: Rgba, y: Rgba) => {
      const [hi, lo] = [luminance(x), luminance(y)].sort((p, q) => q - p);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    const name = (el: HTMLElement) =>
      (
        el.getAttribute('aria-label') ??
        ((el as HTMLInputElement).labels?.[0]?.textContent || el.textContent || el.id)
      )
        .trim()
        .slice(0, 40);
    const failures: string[] = [];
    const controls = main.querySelectorAll<HTMLElement>(
      'input[type="radio"], input[type="checkbox"], :is(button, input, select, textarea):disabled',
    );
    for (const el of controls) {
      if (!el.checkVisibility() || el.closest('.segmented--bar')) continue;
      const style = getComputedStyle(el);
      const behind = backdrop(el.parentElement);
      const fade = opacity(el);
      const edge = ratio(over(parse(style.borderTopColor), behind, fade), behind);
      const choice = el.matches('[type="radio"], [type="checkbox"]:not([role="switch"])');
      if (choice && style.appearance !== 'none') failures.push(`${name(el)}: drawn by the browser`);
      else if (edge < 3) failures.push(`${name(el)}: edge ${edge.toFixed(2)}:1`);
      if (!(el as HTMLButtonElement).disabled) continue;
      if (style.borderTopStyle !== 'dashed') failures.push(`${name(el)}: disabled, no dashed edge`);
      if (el.matches('button, input:not([type="radio"], [type="checkbox"]), select, textarea')) {
        const fill = over(parse(style.backgroundColor), behind, fade);
        const words = ratio(over(parse(style.color), fill, fade), fill);
        if (words < 3) failures.push(`${name(el)}: disabled words ${words.toFixed(2)}:1`);
      }
    }
    return failures;
  });
}

/**
 * Fields side by side that sit on different lines (websocket's Nickname and Room at 640 px: the
 * Room form's button wrapped below its select, and the Nickname box beside it sank to that
 * button's height). Forms of one `.inline-fields` row that overlap vertically share a flex line;
 * their text boxes and selects start at one top. Readable failures ("Nickname 510 / Room 468").
 */
export async function misalignedFields(page: Page): Promise<string[]> {
  return page.locator('#main').evaluate((main) => {
    const failures: string[] = [];
    for (const row of main.querySelectorAll<HTMLElement>('.inline-fields')) {
      if (!row.checkVisibility()) continue;
      const boxes = [...row.querySelectorAll<HTMLElement>('.field > :is(input, select)')]
        .filter((el) => el.checkVisibility())
        .map((el) => ({
          name: ((el as HTMLInputElement).labels?.[0]?.textContent ?? el.id).trim(),
          box: el.getBoundingClientRect(),
          item: el.closest('.inline-fields > *')!,
        }));
      const overlap = (p: DOMRect, q: DOMRect) => p.top < q.bottom && q.top < p.bottom;
      for (const [i, a] of boxes.entries())
        for (const b of boxes.slice(i + 1)) {
          // One form's own fields may stack; two forms share a line when their boxes overlap.
          const sameLine =
            a.item === b.item
              ? overlap(a.box, b.box)
              : overlap(a.item.getBoundingClientRect(), b.item.getBoundingClientRect());
          if (sameLine && Math.abs(a.box.top - b.box.top) > 1)
            failures.push(
              `${a.name} ${Math.round(a.box.top)} / ${b.name} ${Math.round(b.box.top)}`,
            );
        }
    }
    return failures;
  });
}
