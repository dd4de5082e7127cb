// Chinese as complete as English (issue 12): every route in zh-CN, once its page has connected and
// written to the log, holds no English word a learner would read. Identifiers that must stay as
// written (API names, channel names, payloads, code) are marked translate="no" (or are code), and
// are skipped, as a translation tool would skip them. The pages whose log fills with lines of
// their own (long polling's three ways, WebRTC's signalling, a ServiceWorker's states) get a short
// interaction, and then every log entry is read with a stricter rule (support/zh-log.ts).
// https://html.spec.whatwg.org/multipage/dom.html#the-translate-attribute
import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { mechanisms } from '../../src/mechanisms/registry';
import { untranslatedComments } from '../tools/comment-checks';
import { englishInLog, LOG_INTERACTIONS, REFUSED } from './support/zh-log';

const ROUTES = ['/', '/compare', ...mechanisms.map((m) => `/m/${m.meta.id}`)];

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

test.describe('zh-CN completeness', () => {
  for (const route of ROUTES) {
    test(`${route} has no English prose in zh-CN`, async ({ page }) => {
      test.setTimeout(60_000);
      await page.goto(`${route}?lang=zh-CN`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      if (route.startsWith('/m/'))
        await expect(
          page.getByRole('log', { name: '消息日志' }).locator('[data-direction="status"]').first(),
        ).toBeVisible();
      // Pages whose log fills with lines of their own get a short interaction first.
      const interact = LOG_INTERACTIONS[route.replace(/^\/m\//, '')];
      if (interact) await test.step('a short interaction', () => interact(page));
      // Let the page settle: first status words, presence, the first server answers.
      await page.waitForTimeout(1500);
      const found = await page.evaluate((words) => {
        const pattern = new RegExp(`\\b(${words.join('|')})\\b`, 'i');
        const chinese = /[\u3400-\u9fff]/;
        const english = (value: string) => pattern.test(value) && !chinese.test(value);
        const skip = (el: Element | null): boolean => {
          for (let node = el; node; node = node.parentElement) {
            if (node.getAttribute('translate') === 'no') return true;
            if (['CODE', 'PRE', 'KBD', 'SAMP', 'SCRIPT', 'STYLE', 'IFRAME'].includes(node.tagName))
              return true;
            if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true')
              return true;
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
      expect(found, `English left in ${route} (zh-CN)`).toEqual([]);
      if (interact)
        await test.step('every log entry', async () =>
          expect(await englishInLog(page), `English in ${route}'s log (zh-CN)`).toEqual([]));
      if (route.startsWith('/m/'))
        await test.step('code panel comments', () => checkCodePanel(page, route));
      const refuse = REFUSED[route.replace(/^\/m\//, '')];
      if (refuse) await test.step('the browser refuses to connect', () => refuse(page));
    });
  }
});

// The longest panels are also looked at at 1280×720 and 320 px wide (four windows side by side),
// with a screenshot each; the panel's CSS is the same on every page, so these stand for the rest.
const NARROW = new Set(['websocket', 'webrtc-data-channel', 'shared-memory', 'server-sent-events']);
const SIZES = [
  { width: 1280, height: 720 },
  { width: 320, height: 720 },
];

/**
 * The code panel skipped above (code is never translated) has comments a teacher reads aloud:
 * opened, every comment is Chinese, and the lines wrap inside the panel instead of scrolling it
 * sideways. Screenshots go to .test-output/code-panel/ for a person to look at.
 */
async function checkCodePanel(page: Page, route: string) {
  const panel = page.getByRole('region', { name: '本页背后的代码' });
  await panel.getByText('本页背后的代码', { exact: true }).click();
  const code = panel.getByLabel('本页背后的代码');
  // The translations load with the page; the first comment turns Chinese once they have.
  await expect(code.locator('.code-panel__comment').first()).toContainText(/[\u3400-\u9fff]/);
  const text = (await code.textContent()) ?? '';
  expect(untranslatedComments(text), `English comments in ${route}'s code panel`).toEqual([]);

  const slug = route.replace(/^\/m\//, '');
  const sideways = () => code.evaluate((pre) => pre.scrollWidth - pre.clientWidth);
  expect(await sideways(), `${route}'s code scrolls sideways`).toBeLessThanOrEqual(0);
  if (!NARROW.has(slug)) return;
  mkdirSync('.test-output/code-panel', { recursive: true });
  for (const size of SIZES) {
    await page.setViewportSize(size);
    expect(await sideways(), `${route}'s code at ${size.width} px`).toBeLessThanOrEqual(0);
    await code.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `.test-output/code-panel/${slug}-zh-CN-${size.width}.png` });
  }
}
