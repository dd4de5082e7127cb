// Chinese labels wrap between words, never inside one (issue 12): "SharedWorker 中转 / 站" or a
// "（SSE）" alone on the next line reads as a defect on a projector. A label that wraps must wrap
// at a space or after punctuation (a sentence with no spaces, between any two Han characters);
// each line break is found by the characters' boxes (a Range per character).
// https://developer.mozilla.org/en-US/docs/Web/CSS/word-break#keep-all
import type { Page } from '@playwright/test';

/** The page's labels: the rail, the page title, the panel titles, form labels. */
const LABELS = '.app-nav a, #main h1, #main h2, #main h3, #main label, #main legend';

/** Each visible label that breaks a line anywhere but at a space, as "text: before / after". */
export function wordBreaks(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const found: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if (!el.checkVisibility()) continue;
      const label = (el.textContent ?? '').trim();
      const spaced = /\s/.test(label);
      const rail = el.matches('.app-nav a');
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let previous: { top: number; char: string } | null = null;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (let i = 0; i < text.length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const box = range.getBoundingClientRect();
          const char = text[i]!;
          if (box.width === 0 || /\s/.test(char)) {
            previous = null; // a space, or a character the line break swallowed
            continue;
          }
          // A line may break at a space or after punctuation ("，", "："), not after a hyphen;
          // between two Han characters only in a label with no spaces, a sentence ("…如何 / 通信？");
          // before a bracket in a long label, but not in a page's name in the rail ("（SSE）").
          const han = /\p{Script=Han}/u;
          const allowed =
            /[\p{Po}\p{Pe}\p{Pf}]/u.test(previous?.char ?? '') ||
            (!spaced && han.test(previous?.char ?? '') && han.test(char)) ||
            (!rail && /\p{Ps}/u.test(char));
          if (previous && box.top > previous.top + box.height / 2 && !allowed)
            found.push(`${label}: …${previous.char} / ${char}…`);
          previous = { top: box.top, char };
        }
      }
    }
    return [...new Set(found)];
  }, LABELS);
}
