// The log's lazy parts when their code does not load (issue 12): the flow view's chunk refused (a
// server restarted, a deploy since the page loaded) shows the failure box in the log, whole in a
// 1280×720 projector and in a 320 px window, and "Try again" loads it once the chunk is back.
import { expect, test, type Page } from '@playwright/test';

const WORDS = {
  en: {
    flow: 'Flow',
    retry: 'Try again',
    failed: 'The flow view could not be loaded (the server did not send its code).',
    details: 'Technical details',
    region: 'Message flow',
  },
  'zh-CN': {
    flow: '流程图',
    retry: '重试',
    failed: '流程图无法加载（服务器没有发来它的代码）。',
    details: '技术细节',
    region: '消息流',
  },
} as const;

/** The failure box and its button inside the log's visible body, nothing cut below or aside. */
async function boxCut(page: Page) {
  return page.locator('.log-dock .load-boundary').evaluate((box) => {
    const body = box.closest('.log-dock__content')!.getBoundingClientRect();
    const notice = box.querySelector('.notice')!.getBoundingClientRect();
    const cuts: string[] = [];
    if (notice.bottom > body.bottom + 0.5) cuts.push(`bottom ${notice.bottom} > ${body.bottom}`);
    if (notice.right > body.right + 0.5) cuts.push(`right ${notice.right} > ${body.right}`);
    if (notice.top < body.top - 0.5) cuts.push(`top ${notice.top} < ${body.top}`);
    if (notice.bottom > window.innerHeight + 0.5) cuts.push('below the window');
    return cuts;
  });
}

for (const [lang, scheme] of [
  ['en', 'light'],
  ['zh-CN', 'dark'],
] as const)
  test(`the flow view that did not load says so, whole at 1280 and 320, and loads again (${lang}, ${scheme})`, async ({
    page,
  }) => {
    const words = WORDS[lang];
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.route('**/assets/flow-view-*.js', (route) => route.abort());
    await page.goto(`/m/broadcast-channel?lang=${lang}`);
    // The page's own chunk first (slow on a busy machine: 7 s was not always enough).
    await expect(page.locator('[role="log"] [data-direction="status"]').first()).toBeVisible({
      timeout: 20_000,
    });
    await page.getByRole('radio', { name: words.flow, exact: true }).check();
    const box = page.locator('.log-dock .load-boundary');
    // The box's sentence is the app's, in plain words; the browser's ("Failed to fetch dynamically
    // imported module: http://…", which was the sentence) are folded under "Technical details".
    const notice = box.locator('.notice');
    await expect(notice).toContainText(words.failed);
    await expect(notice).not.toContainText('dynamically imported module');
    const details = box.locator('details');
    await expect(details.getByText('dynamically imported module')).toBeHidden();
    await details.getByText(words.details).click();
    await expect(details.getByText(/dynamically imported module: http/)).toBeVisible();
    await details.getByText(words.details).click();
    const retry = box.getByRole('button', { name: words.retry });
    for (const width of [1280, 320]) {
      await page.setViewportSize({ width, height: 720 });
      await expect(retry).toBeInViewport({ ratio: 1 });
      // The log's bar keeps its own buttons whole beside the flow view's switch ("Hide log" was
      // cut at 320 px by "Slow motion").
      for (const button of await page.locator('.log-dock__bar button').all())
        if (await button.isVisible())
          await expect(button, `${lang} ${width}: a log button`).toBeInViewport({ ratio: 1 });
      expect(await boxCut(page), `${lang} ${width}: the failure box is cut`).toEqual([]);
      await page.screenshot({
        path: `.test-output/layout/flow-failed-${lang}-${scheme}-${width}.png`,
      });
    }
    // The chunk is back: Try again draws the flow view in the box's place.
    await page.unroute('**/assets/flow-view-*.js');
    await retry.click();
    await expect(page.getByRole('region', { name: words.region })).toBeVisible();
    await expect(box).toHaveCount(0);
  });
