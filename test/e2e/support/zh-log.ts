// The log in zh-CN after a short interaction (issue 12): status lines that transports and pages
// write (long polling's three ways, WebRTC's signalling, a ServiceWorker's states) read as Chinese.
// Payloads and addresses are marked translate="no" and skipped; so are the browser's own words (a
// DOMException's or RTCError's message), but only where they are marked as such: lang="en",
// translate="no", after a Chinese label. Every other word of every entry, scrolled through (the
// list only renders the rows in view), must not be English prose.
import { expect, type Page } from '@playwright/test';
import { englishProse } from '../../tools/english-prose';

const logOf = (page: Page) => page.getByRole('log', { name: '消息日志' });
const rows = (page: Page, direction: string) =>
  logOf(page).locator(`[data-direction="${direction}"]`);

async function send(page: Page, text: string) {
  await page.getByRole('textbox', { name: '消息', exact: true }).fill(text);
  await page.getByRole('button', { name: '发送', exact: true }).click();
}

/** What makes each page write the status lines under test, waited for by what arrives. */
export const LOG_INTERACTIONS: Record<string, (page: Page) => Promise<void>> = {
  // A message published to the feed answers the held poll: all three ways have said "open".
  'long-polling': async (page) => {
    await send(page, '长轮询你好');
    await expect(rows(page, 'received').filter({ hasText: '长轮询你好' })).toHaveCount(1);
    await expect.poll(() => rows(page, 'status').count()).toBeGreaterThanOrEqual(3);
  },
  // A second tab pairs with this one: hello, offer, answer, ICE candidates, the channel opens.
  'webrtc-data-channel': async (page) => {
    const other = await page.context().newPage();
    await other.goto(page.url());
    for (const tab of [page, other])
      await expect(tab.getByTestId('rtc-connection')).toHaveText('connected');
    await send(other, '点对点你好');
    await expect(rows(page, 'received').filter({ hasText: '点对点你好' })).toHaveCount(1);
    await expect(rows(page, 'status').filter({ hasText: 'ICE' }).first()).toBeAttached();
    // Closing the other tab makes Chromium fire the channel's error event with its own English
    // message ("User-Initiated Abort, reason=Close called"): the log shows it marked as the
    // browser's words. The closing tab also says "bye" over the signalling, and when that arrives
    // first this tab closes its side without an error (1 run in 3 after the fold into layout.spec):
    // the bye is dropped here, as when a tab crashes, so only the data channel tells.
    await other.evaluate(() => {
      BroadcastChannel.prototype.postMessage = () => undefined;
      WebSocket.prototype.send = () => undefined;
    });
    await other.close();
    await expect.poll(async () => (await readLog(page)).browserWords).toBeGreaterThan(0);
  },
  // A frame over the server's limit: the server closes with 1009 and its reason, one of its coded
  // texts (shared/server-words.ts), which reads as Chinese in the log and in the closes table.
  websocket: async (page) => {
    await page.getByRole('button', { name: '发送 70 KiB（过大）' }).click();
    const reason = '超过 64 KiB 的帧会被拒绝';
    await expect(rows(page, 'status').filter({ hasText: reason })).toHaveCount(1);
    await expect(page.locator('tr[data-code="1009"]')).toContainText(reason);
  },
  // The first load registers v1 and logs its states (installed, activating, activated); a message
  // sent before control waits, and goes once the page is claimed.
  'service-worker': async (page) => {
    await expect(rows(page, 'status').filter({ hasText: 'activated' }).first()).toBeAttached();
    await send(page, '转发你好');
    await page.getByRole('button', { name: '认领本页（clients.claim）' }).click();
    await expect(rows(page, 'sent').filter({ hasText: '转发你好' })).toHaveCount(1);
  },
};

/**
 * Pages reloaded once with the browser refusing their connect, after the usual checks: the
 * constructor's own words reach the log as a status, marked as the browser's, and the app's own
 * error after it ("the worker was never started") reads as Chinese, in the log and the page.
 */
export const REFUSED: Record<string, (page: Page) => Promise<void>> = {
  // An invalid URL makes Chromium's Worker constructor throw a SyntaxError (URL parsing fails
  // before anything is fetched): https://html.spec.whatwg.org/multipage/workers.html#dom-worker
  'worker-message-channel': async (page) => {
    await page.addInitScript(() => {
      const Real = window.Worker;
      window.Worker = class extends Real {
        constructor(_url: string | URL, options?: WorkerOptions) {
          super('http://[invalid', options);
        }
      };
    });
    await page.reload();
    const refused = rows(page, 'status').filter({ has: page.locator('[data-said="browser"]') });
    await expect(refused).toHaveCount(1);
    await expect(refused).toContainText('浏览器原文：');
    await send(page, '没有 Worker');
    await expect(rows(page, 'error').filter({ hasText: 'Worker 从未启动' })).toHaveCount(1);
    await expect(page.locator('#main .notice--error')).toContainText('Worker 从未启动');
    expect(await englishInLog(page), 'English in the refused page’s log').toEqual([]);
  },
};

/**
 * Each entry's words a learner reads (not payloads or addresses), scrolled through the log, and
 * how many of the browser's own words were seen, marked as such.
 */
export async function readLog(page: Page): Promise<{ texts: string[]; browserWords: number }> {
  return logOf(page).evaluate(async (list) => {
    const frame = () =>
      new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
    const han = /[\u3400-\u9fff]/;
    // The browser's words are skipped only when marked: lang="en", and a Chinese label before them.
    const browserMarked = (el: Element) => {
      const said = el.closest('[data-said="browser"]');
      if (!said) return true;
      const label = said.querySelector('.browser-words__label')?.textContent ?? '';
      return el.getAttribute('lang') === 'en' && han.test(label);
    };
    const skipped = (node: Element | null, row: Element) => {
      for (let el = node; el && el !== row; el = el.parentElement) {
        if (el.getAttribute('translate') === 'no') return browserMarked(el);
        if (el.getAttribute('aria-hidden') === 'true') return true;
      }
      return false;
    };
    const words = (row: Element) => {
      const parts: string[] = [];
      const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode(); text; text = walker.nextNode())
        if (!skipped(text.parentElement, row)) parts.push(text.textContent ?? '');
      return parts.join(' ');
    };
    const seen = new Map<string, string>();
    const marked = new Map<string, number>();
    const step = Math.max(40, list.clientHeight / 2);
    for (let top = 0, i = 0; i < 200; top += step, i++) {
      list.scrollTop = top;
      await frame();
      for (const row of list.querySelectorAll<HTMLElement>('[data-direction]')) {
        seen.set(row.style.transform, words(row));
        marked.set(row.style.transform, row.querySelectorAll('[data-said="browser"]').length);
      }
      if (top + list.clientHeight >= list.scrollHeight) break;
    }
    return {
      texts: [...seen.values()],
      browserWords: [...marked.values()].reduce((sum, n) => sum + n, 0),
    };
  });
}

/** The entries that still hold English prose, each with the words found. */
export async function englishInLog(page: Page): Promise<string[]> {
  const { texts } = await readLog(page);
  expect(texts.length, 'the log has entries to read').toBeGreaterThan(0);
  return texts
    .map((text) => ({ text, prose: englishProse(text) }))
    .filter(({ prose }) => prose.length > 0)
    .map(({ text, prose }) => `${text.slice(0, 140)} [English: ${prose.join(' ')}]`);
}
