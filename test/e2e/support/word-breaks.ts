// Chinese labels wrap between words, never inside one (issue 12): "SharedWorker 中转 / 站" or a
// "（SSE）" alone on the next line reads as a defect on a projector. A label that wraps must wrap
// at a space or after punctuation (a sentence with no spaces, between any two Han characters);
// each line break is found by the characters' boxes (a Range per character).
// https://developer.mozilla.org/en-US/docs/Web/CSS/word-break#keep-all
import type { Page } from '@playwright/test';

/** The page's labels: the rail, the page title, the panel titles, form labels, facts' names. */
const LABELS =
  '.app-nav a, #main h1, #main h2, #main h3, #main label, #main legend, #main dl.facts dt';

/** The tables' row and column headers: a counter's name squeezed beside its figure ("WebSock / et"). */
export const TABLE_HEADERS = '#main .data-table th';

/** Each visible label that breaks a line anywhere but at a space, as "text: before / after". */
export function wordBreaks(page: Page, selector = LABELS): Promise<string[]> {
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
  }, selector);
}

/**
 * API names and other identifiers in a narrow window: in `code` and `translate="no"`, and dotted
 * names in a sentence ("Atomics.waitAsync"). A line may break at a space or after a dot, or the
 * name scrolls, never inside a word ("Atomics.waitAsy / nc" reads as two names). Code panels
 * (`pre`) scroll or wrap by their own rule.
 */
export function identifierBreaks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const inWord = /[\w$-]/;
    const dotted = /(?<![\w$.])[A-Za-z_$][\w$]+(?:\.[A-Za-z_$][\w$]+)+/g;
    const main = document.querySelector('#main');
    if (!main) return found;
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('pre') || !parent.checkVisibility()) continue;
      const text = node.textContent ?? '';
      // Which characters belong to a name: all of an identifier element's, a dotted name's in prose.
      const named = new Array<boolean>(text.length).fill(
        !!parent.closest('code, [translate="no"]'),
      );
      for (const m of text.matchAll(dotted)) named.fill(true, m.index, m.index + m[0].length);
      let previous: { top: number; char: string } | null = null;
      for (let i = 0; i < text.length; i++) {
        const char = text[i]!;
        if (!named[i] || /\s/.test(char)) {
          previous = null;
          continue;
        }
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const box = range.getBoundingClientRect();
        if (box.width === 0) {
          previous = null;
          continue;
        }
        if (previous && box.top > previous.top + box.height / 2)
          if (inWord.test(previous.char) && inWord.test(char))
            found.push(`${text.trim()}: …${text.slice(Math.max(0, i - 8), i)} / ${char}…`);
        previous = { top: box.top, char };
      }
    }
    return [...new Set(found)];
  });
}

/**
 * Chinese lines that start with a comma, a full stop, a colon, a semicolon or an enumeration comma
 * ("；" alone at a line's start, after a space or a forced break): each such line's first
 * characters, as "…before / ；after". Chinese typesetting keeps these marks at the end of the line
 * they close (https://www.w3.org/TR/clreq/#prohibition_rules_for_line_start_end).
 */
export function lineStartPunctuation(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    /** The box a text node's line sits in: an identifier's inline block ends before a "；". */
    const block = (el: Element): Element => {
      for (let at: Element | null = el; at; at = at.parentElement)
        if (!getComputedStyle(at).display.startsWith('inline')) return at;
      return document.body;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    // The last character drawn before this node, in its block: the mark may start a node.
    let before: { rect: DOMRect; block: Element; text: string } | null = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent ?? '';
      if (!parent || !text.trim() || !parent.checkVisibility()) continue;
      const box = (from: number) => {
        const range = document.createRange();
        range.setStart(node, from);
        range.setEnd(node, from + 1);
        return range.getBoundingClientRect();
      };
      const home = block(parent);
      for (let i = 0; i < text.length; i++) {
        if (!/[；，。：、]/.test(text[i]!)) continue;
        const mark = box(i);
        if (mark.width === 0) continue;
        // The character before it, past any spaces (a space is where such a line broke).
        let j = i - 1;
        while (j >= 0 && /\s/.test(text[j]!)) j--;
        const previous =
          j >= 0
            ? { rect: box(j), text: text.slice(Math.max(0, j - 7), j + 1) }
            : before?.block === home
              ? before
              : null;
        if (previous && previous.rect.width > 0 && mark.top > previous.rect.top + mark.height / 2)
          found.push(`…${previous.text} / ${text.slice(i, i + 6)}…`);
      }
      let last = text.length - 1;
      while (last >= 0 && /\s/.test(text[last]!)) last--;
      if (last >= 0)
        before = {
          rect: box(last),
          block: home,
          text: text.slice(Math.max(0, last - 7), last + 1),
        };
    }
    return [...new Set(found)];
  });
}
