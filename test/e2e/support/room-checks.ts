// What the room sees (issue 12): the log in presenter mode on a 1280×720 projector, a popup's name
// when it stands beside other windows, window.open's way to a first popup in a 320 px window, a
// presenter's log that can still grow; the frames in presenter mode and the overview's steps at
// every size (overview-frames-checks.ts). Called by layout.spec.ts from its passes: `roomAtSize`
// after each window size's own checks, `roomAtEnd` once the pass is done with the page.
import { expect, type Locator, type Page } from '@playwright/test';
import { framesInPresenter, stepTwoTrue } from './overview-frames-checks';

type Lang = 'en' | 'zh-CN';

const WORDS = {
  en: {
    presenter: 'Presenter mode',
    log: 'Message log',
    identity: 'Tab identity',
    message: 'Message',
    none: 'No popup is open yet: open one first, then send to it.',
    to: 'To',
    send: 'Send',
    now: 'Open one now',
  },
  'zh-CN': {
    presenter: '演示模式',
    log: '消息日志',
    identity: '标签页身份',
    message: '消息',
    none: '还没有打开的弹窗：先打开一个，再发给它。',
    to: '发给',
    send: '发送',
    now: '现在打开一个',
  },
} as const;

/** A log cell's text fits its cell: no ellipsis, nothing past its edge, and it is shown at all. */
async function whole(cell: Locator) {
  return cell.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const text = range.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    const row = el.closest('.log-row')?.getBoundingClientRect();
    return {
      shown: box.width > 0 && getComputedStyle(el).display !== 'none',
      // Ellipsised, wider than its cell (time and latency are never clipped, so they would run
      // into the next cell), or past the row's edge (the row clips what leaves it).
      cut:
        el.scrollWidth > el.clientWidth + 1 ||
        text.width > box.width + 1 ||
        !row ||
        text.right > row.right + 0.5,
      px: parseFloat(getComputedStyle(el).fontSize),
    };
  });
}

/**
 * A second tab starts in presenter mode at 1280×720 (the setting every tab of the profile reads)
 * and receives a message from this one: time, from → to, the message and latency are whole.
 */
async function presenterRowWhole(page: Page, lang: Lang) {
  const words = WORDS[lang];
  await page.context().addInitScript(() => localStorage.setItem('comms-lab:presenter', 'on'));
  const other = await page.context().newPage();
  await other.setViewportSize({ width: 1280, height: 720 });
  await other.goto(`/m/broadcast-channel?lang=${lang}`);
  await expect(other.getByRole('button', { name: words.presenter })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // Ready: the page joined its channel (its status entry is in the log).
  const log = other.getByRole('log', { name: words.log });
  await expect(log.locator('[data-direction="status"]').first()).toBeVisible();
  const nameOf = async (tab: Page) =>
    (await tab
      .getByRole('group', { name: words.identity })
      .locator('.peer-badge__name')
      .textContent()) ?? '';
  const [from, to] = [await nameOf(page), await nameOf(other)];
  await page.getByRole('textbox', { name: words.message, exact: true }).fill('for the back row');
  await page.getByRole('textbox', { name: words.message, exact: true }).press('Enter');
  const row = log.locator('[data-direction="received"]', { hasText: 'for the back row' });
  await expect(row).toHaveCount(1);
  await expect(row.locator('.log-row__route')).toContainText(`${from} → ${to}`);
  for (const [part, min] of [
    ['time', 0],
    ['route', 0],
    ['summary', 20],
    ['latency', 0],
  ] as const) {
    const look = await whole(row.locator(`.log-row__${part}`));
    expect(look.shown, `presenter ${lang}: ${part} is shown`).toBe(true);
    expect(look.cut, `presenter ${lang}: ${part} is whole`).toBe(false);
    expect(look.px, `presenter ${lang}: ${part} size`).toBeGreaterThanOrEqual(min);
  }
  await expect(row.locator('.log-row__latency')).toHaveText(/\d+\.\d (ms|毫秒)$/);
  await other.close();
}

/** window.open at 320 px before any popup: the page says so where Send is, with a way to one. */
async function noPopupYet(page: Page, lang: Lang) {
  const words = WORDS[lang];
  await expect(page.getByRole('button', { name: words.send, exact: true })).toBeDisabled();
  await expect(page.getByRole('combobox', { name: words.to })).toHaveAccessibleDescription(
    words.none,
  );
  await expect(page.getByText(words.none)).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('button', { name: words.now })).toBeInViewport({ ratio: 1 });
}

/** "Open one now" at 320 px opens a popup that shows its name large, in its colour band. */
async function firstPopupAt320(page: Page) {
  const words = WORDS.en;
  await page.setViewportSize({ width: 320, height: 720 });
  const opened = page.waitForEvent('popup'); // awaited after the click that opens it
  await page.getByRole('button', { name: words.now }).click();
  const popup = await opened;
  await popup.setViewportSize({ width: 320, height: 720 });
  const name = popup.getByRole('heading', { level: 1 }).locator('.peer-badge__name');
  await expect(name).toHaveText('Popup 1');
  await expect(name).toBeInViewport({ ratio: 1 });
  const px = await name.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(px, 'the popup name, in px').toBeGreaterThanOrEqual(20);
  await expect(page.getByRole('combobox', { name: words.to })).toHaveValue(/.+/);
  await expect(page.getByRole('button', { name: words.send, exact: true })).toBeEnabled();
  await expect(page.getByText('No popup is open yet')).toHaveCount(0);
}

/** In presenter mode the log, fitted to its rows, can still grow: its edge, with the keyboard. */
async function logGrowsInPresenter(page: Page) {
  const words = WORDS.en;
  await page.setViewportSize({ width: 1280, height: 720 });
  // The pass opened an entry, which gives the log its whole share: Esc closes it (focus on its row).
  const opened = page.locator('.log-row[aria-expanded="true"]');
  if ((await opened.count()) > 0) {
    await opened.focus();
    await page.keyboard.press('Escape');
    await expect(opened).toHaveCount(0);
  }
  const button = page.getByRole('button', { name: words.presenter });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  const dock = page.locator('.log-dock');
  const before = (await dock.boundingBox())?.height ?? 0;
  await page.getByRole('separator', { name: 'Log size' }).focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp');
  await expect
    .poll(async () => (await dock.boundingBox())?.height ?? 0)
    .toBeGreaterThan(before + 40);
}

const slugOf = (route: string) => route.replace(/^\/m\//, '');

/** The checks that belong to one window size of the pass, on the page as the pass left it. */
export async function roomAtSize(page: Page, route: string, lang: Lang, size: string) {
  if (slugOf(route) === 'window-open' && size === '320') await noPopupYet(page, lang);
  if (route === '/') await stepTwoTrue(page, lang, size);
  if (slugOf(route) === 'iframe-post-message' && size === 'presenter')
    await framesInPresenter(page);
}

/** The checks that change the page (a popup, a second tab, a resized log), after the pass. */
export async function roomAtEnd(page: Page, route: string, lang: Lang) {
  const slug = slugOf(route);
  if (slug === 'broadcast-channel') await presenterRowWhole(page, lang);
  if (slug === 'window-open' && lang === 'en') await firstPopupAt320(page);
  if (slug === 'worker-message-channel' && lang === 'en') await logGrowsInPresenter(page);
}
