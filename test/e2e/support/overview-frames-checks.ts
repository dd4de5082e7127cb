// Two checks of what a window size shows (issue 12), called by room-checks.ts: the overview's second
// step names what is on screen at each size, and the iframe page's frames grow with presenter mode
// (the sandboxed frame's opaque origin can't read the parent's setting from storage).
import { expect, type Page } from '@playwright/test';

type Lang = 'en' | 'zh-CN';

const WORDS = {
  en: { openTab: 'Open another tab', menu: 'Menu' },
  'zh-CN': { openTab: '再打开一个标签页', menu: '菜单' },
} as const;

/**
 * The overview's second step names what is on screen at this size: "Open another tab" where the
 * header shows it, and the ☰ Menu it sits in where the header folds it away (narrower than 1200).
 */
export async function stepTwoTrue(page: Page, lang: Lang, size: string) {
  const words = WORDS[lang];
  const step = page.locator('main li', { hasText: words.openTab });
  await expect(step).toHaveCount(1);
  // 1280 wide (presenter mode too): the header shows the link itself.
  if (size === '1280' || size === 'presenter') {
    await expect(page.getByRole('link', { name: words.openTab })).toBeVisible();
    return;
  }
  await expect(page.getByRole('button', { name: words.menu, exact: true })).toBeVisible();
  await expect
    .soft(step, `overview ${lang} ${size}: step 2 says where the menu is`)
    .toContainText(words.menu);
}

/** In presenter mode every frame on the iframe page grows with it: the sandboxed one too. */
export async function framesInPresenter(page: Page) {
  const small = async () => {
    const frames = page
      .frames()
      .filter((f) => f !== page.mainFrame() && f.url().includes('/peer/'));
    const looks = await Promise.all(
      frames.map(async (f) => {
        const role = new URL(f.url()).searchParams.get('role') ?? f.url();
        const grown = await f
          .evaluate(() => document.documentElement.classList.contains('presenter'))
          .catch(() => false);
        return grown ? [] : [role];
      }),
    );
    return frames.length >= 3 ? looks.flat() : ['fewer than three frames'];
  };
  await expect.poll(small, { message: 'frames in presenter mode' }).toEqual([]);
}
