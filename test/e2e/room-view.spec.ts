// What the room sees (issue 12): the log in presenter mode on a 1280×720 projector and the room it
// leaves the stage, a popup's name when it stands beside other windows, and window.open's way to a
// first popup in a 320 px window.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openTabs } from './support/lab-page';

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

const WORDS = {
  en: {
    presenter: 'Presenter mode',
    log: 'Message log',
    identity: 'Tab identity',
    message: 'Message',
  },
  'zh-CN': { presenter: '演示模式', log: '消息日志', identity: '标签页身份', message: '消息' },
} as const;

for (const lang of ['en', 'zh-CN'] as const) {
  test(`presenter mode at 1280×720 shows time, from → to, the message and latency whole, in ${lang}`, async ({
    context,
  }) => {
    // The header's button writes this setting; every tab of the profile starts in presenter mode.
    await context.addInitScript(() => localStorage.setItem('comms-lab:presenter', 'on'));
    const words = WORDS[lang];
    const [a, b] = [await context.newPage(), await context.newPage()];
    for (const page of [a, b]) {
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.goto(`/m/broadcast-channel?lang=${lang}`);
      await expect(page.getByRole('button', { name: words.presenter })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      // Ready: the page joined its channel (its status entry is in the log).
      await expect(
        page.getByRole('log', { name: words.log }).locator('[data-direction="status"]').first(),
      ).toBeVisible();
    }
    const nameOf = async (page: Page) =>
      (await page
        .getByRole('group', { name: words.identity })
        .locator('.peer-badge__name')
        .textContent()) ?? '';
    const [nameA, nameB] = [await nameOf(a), await nameOf(b)];
    await a.getByRole('textbox', { name: words.message, exact: true }).fill('for the back row');
    await a.keyboard.press('Enter');
    const row = b
      .getByRole('log', { name: words.log })
      .locator('[data-direction="received"]', { hasText: 'for the back row' });
    await expect(row).toHaveCount(1);
    const route = row.locator('.log-row__route');
    await expect(route).toContainText(`${nameA} → ${nameB}`);
    for (const [part, min] of [
      ['time', 0],
      ['route', 0],
      ['summary', 20],
      ['latency', 0],
    ] as const) {
      const look = await whole(row.locator(`.log-row__${part}`));
      expect(look.shown, `${part} is shown`).toBe(true);
      expect(look.cut, `${part} is whole`).toBe(false);
      expect(look.px, `${part} size`).toBeGreaterThanOrEqual(min);
    }
    await expect(row.locator('.log-row__latency')).toHaveText(/\d+\.\d (ms|毫秒)$/);
  });
}

test('a popup shows its name large, in its colour band, at 320 px', async ({ context }) => {
  const [opener] = await openTabs(context, '/m/window-open', 1);
  const popup = opener!.page.waitForEvent('popup'); // awaited before the click that opens it
  await opener!.page.getByRole('button', { name: 'Open popup', exact: true }).click();
  const page = await popup;
  await page.setViewportSize({ width: 320, height: 720 });
  const name = page.getByRole('heading', { level: 1 }).locator('.peer-badge__name');
  await expect(name).toHaveText('Popup 1');
  await expect(name).toBeInViewport({ ratio: 1 });
  const px = await name.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(px).toBeGreaterThanOrEqual(20);
});

test('presenter mode at 1280×720 leaves most of the screen to the stage, and the log can still grow', async ({
  page,
}) => {
  await page.addInitScript(() => localStorage.setItem('comms-lab:presenter', 'on'));
  await page.setViewportSize({ width: 1280, height: 720 });
  const share = () =>
    page.locator('#main').evaluate((el) => el.getBoundingClientRect().height / window.innerHeight);
  const log = page.getByRole('log', { name: 'Message log' });
  // A log with nothing (or next to nothing) in it leaves the rest to the page (it took 46 %).
  await page.goto('/?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(log).toBeVisible();
  expect(await share(), 'stage share, empty log').toBeGreaterThanOrEqual(0.7);
  // A mechanism page with its first entries: the newest rows, at most three, and the stage.
  await page.goto('/m/worker-message-channel?lang=en');
  await expect(log.locator('[data-direction]').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Send', exact: true }).first()).toBeInViewport({
    ratio: 1,
  });
  expect(await share(), 'stage share, a young log').toBeGreaterThanOrEqual(0.55);
  // Resizable as before: its edge, with the keyboard, gives the log more.
  const dock = page.locator('.log-dock');
  const before = (await dock.boundingBox())?.height ?? 0;
  await page.getByRole('separator', { name: 'Log size' }).focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect
    .poll(async () => (await dock.boundingBox())?.height ?? 0)
    .toBeGreaterThan(before + 40);
});

test('window.open at 320 px: no popup yet says so where Send is, and opens one from there', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 720 });
  const WORDS = [
    [
      'zh-CN',
      {
        none: '还没有打开的弹窗：先打开一个，再发给它。',
        to: '发给',
        send: '发送',
        now: '现在打开一个',
      },
    ],
    [
      'en',
      {
        none: 'No popup is open yet: open one first, then send to it.',
        to: 'To',
        send: 'Send',
        now: 'Open one now',
      },
    ],
  ] as const;
  for (const [lang, words] of WORDS) {
    await page.goto(`/m/window-open?lang=${lang}`);
    const send = page.getByRole('button', { name: words.send, exact: true });
    await expect(send).toBeDisabled();
    await expect(page.getByRole('combobox', { name: words.to })).toHaveAccessibleDescription(
      words.none,
    );
    await expect(page.getByText(words.none)).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole('button', { name: words.now })).toBeInViewport({ ratio: 1 });
  }
  const popup = page.waitForEvent('popup'); // awaited before the click that opens it
  await page.getByRole('button', { name: 'Open one now' }).click();
  await popup;
  await expect(page.getByRole('combobox', { name: 'To' })).toHaveValue(/.+/);
  await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeEnabled();
  await expect(page.getByText('No popup is open yet')).toHaveCount(0);
});
