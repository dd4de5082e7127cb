// Chinese as complete as English (issue 12): a route in zh-CN, once its page has connected and
// written to the log, holds no English word a learner would read. Identifiers that must stay as
// written (API names, channel names, payloads, code) are marked translate="no" (or are code), and
// are skipped, as a translation tool would skip them; so are quotations marked lang="en" (the
// title of a cited document), whose note the app writes in Chinese. The pages whose log fills
// with lines of their own (long polling's three ways, WebRTC's signalling, a ServiceWorker's
// states) get a short interaction, and then every log entry is read with a stricter rule
// (support/zh-log.ts).
// Called by layout.spec.ts at the end of its zh-CN pass, on the page it has already loaded.
// https://html.spec.whatwg.org/multipage/dom.html#the-translate-attribute
import { expect, test, type Page } from '@playwright/test';
import { checkCodePanel } from './code-panel-checks';
import { englishInLog, LOG_INTERACTIONS, REFUSED } from './zh-log';

// Words the app writes in English somewhere (status words, log tags, the server's name, form
// labels, states). Whole words, any case, in a text with no Chinese in it: Chinese prose that
// names an API ("用 window.open 打开") is translated; "not controlled yet" alone is not.
const ENGLISH = [
  'connected',
  'connecting',
  'controlled',
  'listening',
  'ready',
  'loading',
  'waiting',
  'hello',
  'ack',
  'presence',
  'notice',
  'restart',
  'duplicate',
  'server',
  'send',
  'message',
  'received',
  'sent',
  'closed',
  'leader',
  'tab',
  'the',
  'and',
];

/** Every text node and screen-reader label of the page that is English prose. */
function englishOnPage(page: Page): Promise<string[]> {
  return page.evaluate((words) => {
    const pattern = new RegExp(`\\b(${words.join('|')})\\b`, 'i');
    const chinese = /[\u3400-\u9fff]/;
    const english = (value: string) => pattern.test(value) && !chinese.test(value);
    const skip = (el: Element | null): boolean => {
      for (let node = el; node; node = node.parentElement) {
        if (node.getAttribute('translate') === 'no') return true;
        // A quotation marked English on purpose: a cited document's title ("出处：MDN, EventSource").
        if (node !== document.documentElement && node.getAttribute('lang')?.startsWith('en'))
          return true;
        if (['CODE', 'PRE', 'KBD', 'SAMP', 'SCRIPT', 'STYLE', 'IFRAME'].includes(node.tagName))
          return true;
        if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return true;
      }
      return false;
    };
    const hits: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const value = text.textContent ?? '';
      if (!english(value) || skip(text.parentElement)) continue;
      hits.push(value.trim().slice(0, 120));
    }
    // Labels a screen reader reads are text too.
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      if (skip(el)) continue;
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = el.getAttribute(name);
        if (value && english(value)) hits.push(`${name}="${value.slice(0, 120)}"`);
      }
    }
    return [...new Set(hits)];
  }, ENGLISH);
}

/**
 * The notes after the cited titles in "What to notice" ("出处：MDN, EventSource（…）"): every word
 * outside the marked title and API names is the app's, so a note with no Chinese in it is English
 * left over ("(no reconnect)"), whatever its words.
 */
function englishSourceNotes(page: Page): Promise<string[]> {
  return page.locator('a.claims__proof').evaluateAll((links) =>
    links.flatMap((link) => {
      const nodes = [...link.childNodes];
      const title = nodes.findIndex((node) => node instanceof Element && node.hasAttribute('lang'));
      // The note's own words: the text after the title, API names (marked elements) left out.
      const note = nodes
        .slice(title + 1)
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent ?? '')
        .join('');
      return /[A-Za-z]{2,}/.test(note) && !/[\u3400-\u9fff]/.test(note)
        ? [link.textContent ?? '']
        : [];
    }),
  );
}

/** The whole zh-CN check of one route, on a page that shows it in zh-CN and has settled. */
export async function zhComplete(page: Page, route: string) {
  const slug = route.replace(/^\/m\//, '');
  // Pages whose log fills with lines of their own get a short interaction first, and then the
  // time to settle that a freshly loaded page had during the layout passes (what the
  // interaction started may still be writing: statuses, presence, the server's answers).
  const interact = LOG_INTERACTIONS[slug];
  if (interact) {
    await test.step('a short interaction', () => interact(page));
    await page.waitForTimeout(1500);
  }
  expect(await englishOnPage(page), `English left in ${route} (zh-CN)`).toEqual([]);
  expect(await englishSourceNotes(page), `English notes of sources in ${route}`).toEqual([]);
  if (interact)
    await test.step('every log entry', async () =>
      expect(await englishInLog(page), `English in ${route}'s log (zh-CN)`).toEqual([]));
  if (route.startsWith('/m/'))
    await test.step('code panel comments', () => checkCodePanel(page, route));
  const refuse = REFUSED[slug];
  if (refuse) await test.step('the browser refuses to connect', () => refuse(page));
}
