// The log is shared across pages (ARCHITECTURE §5). On a mechanism's page its own rows do not
// repeat its name ("WebSocket chat" in every row took a third of a 1280 row from the message); a
// row another page wrote still says which mechanism wrote it, whole, and the Mechanism filter
// still picks one mechanism's rows.
import { expect, test } from '@playwright/test';
import { crowdedRows, smallRowText } from './support/log-rows';

test('on a mechanism page, only rows from another mechanism name it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/m/broadcast-channel?lang=en');
  await page.getByRole('textbox', { name: 'Message' }).fill('from the other page');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  const log = page.getByRole('log', { name: 'Message log' });
  const other = log
    .locator('[data-mechanism="broadcast-channel"][data-direction="sent"]')
    .filter({ hasText: 'from the other page' });
  await expect(other).toHaveCount(1);

  // To the WebSocket page through the rail: the same app, the same log.
  await page.getByRole('navigation').getByRole('link', { name: 'WebSocket chat' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'WebSocket chat' })).toBeVisible();
  const own = log.locator('[data-mechanism="websocket"]');
  await expect(own.first()).toBeVisible();

  // Each row's visible words: what a person reads, not what the markup holds.
  const seen = (sel: string) =>
    log.locator(sel).evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll<HTMLElement>('*')]
          .filter((el) => el.children.length === 0 && el.checkVisibility())
          .filter((el) => el.getBoundingClientRect().width > 1)
          .map((el) => el.textContent ?? '')
          .join(' '),
      ),
    );
  for (const words of await seen('[data-mechanism="websocket"]'))
    expect(words, 'a WebSocket row on the WebSocket page').not.toContain('WebSocket chat');
  await other.scrollIntoViewIfNeeded();
  const named = other.getByText('BroadcastChannel', { exact: true }).filter({ visible: true });
  await expect(named, 'a row from another page names its mechanism').toBeVisible();
  // Whole: not cut by its cell.
  expect(
    await named.evaluate((el) => {
      const cell = el.closest('.log-row > *')!.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      return el.scrollWidth <= el.clientWidth && box.right <= cell.right + 1;
    }),
  ).toBe(true);

  // The filter still picks one mechanism's rows.
  await page.getByLabel('Mechanism', { exact: true }).selectOption({ label: 'BroadcastChannel' });
  await expect(log.locator('[data-mechanism="websocket"]')).toHaveCount(0);
  await expect(other).toBeVisible();
});

// The log beside the stage at a projector's width is a ~33rem column: a narrow list. In 30 px rows
// a frame's name and its message, a refusal's reason or a wrapped status sat a pixel from the
// row's edges (the iframe page's HELLOs, 3 px into the 2 px they keep); an opened entry beside
// that list left it 13.5rem (216 px). Now its rows are two lines of 42 px, as in a narrow window,
// and the entry opens over the list's lower part.
test('beside the stage, the log has two-line rows with room, and an entry opens over it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/m/iframe-post-message?lang=en');
  // A segmented control: its label takes the click for the radio drawn under it.
  await page.locator('label', { has: page.getByRole('radio', { name: 'Beside' }) }).click();
  await expect(page.getByRole('radio', { name: 'Beside' })).toBeChecked();
  const log = page.getByRole('log', { name: 'Message log' });
  // Each frame's HELLO (a name with no tag, two lines), and the sandboxed frame's refusal.
  await expect(log.locator('[data-direction="received"]')).toHaveCount(2);
  await expect(log.locator('[data-direction="rejected"]')).toHaveCount(1);
  const rem = () =>
    log.evaluate(
      (el) =>
        el.getBoundingClientRect().width /
        parseFloat(getComputedStyle(document.documentElement).fontSize),
    );
  expect(await rem(), 'the column is a narrow list').toBeLessThan(34);
  expect(await crowdedRows(page), 'a line at its row’s edge').toEqual([]);
  expect(await smallRowText(page), 'text under 12 px').toEqual([]);
  await log.locator('[data-direction="received"]').first().click();
  await expect(page.locator('.log-detail')).toBeVisible();
  expect(await rem(), 'the list keeps its width with the entry open').toBeGreaterThan(30);
  expect(await crowdedRows(page), 'a line at its row’s edge, entry open').toEqual([]);
  // An 800 px window, the log below: beside the entry the list kept 30rem; the entry goes over
  // the list there too.
  await page.setViewportSize({ width: 800, height: 720 });
  await expect(page.locator('.log-detail')).toBeVisible();
  expect(await rem(), 'the list keeps its width at 800 px').toBeGreaterThan(40);
  // Closed, the list below is 50rem: the sandboxed frame's refusal wraps its reason to two lines,
  // which a 30 px row held 0.3 px inside the 2 px it keeps. Rows follow the list's width (log-fit.ts).
  await page.keyboard.press('Escape');
  await expect(page.locator('.log-detail')).toHaveCount(0);
  const rowHeight = () =>
    log
      .locator('.log-row')
      .first()
      .evaluate((row) => row.getBoundingClientRect().height);
  await expect.poll(rowHeight, 'two-line rows in a 50rem list').toBe(42);
  expect(await crowdedRows(page), 'a line at its row’s edge at 800 px').toEqual([]);
  // At 1100 px (69rem) a row's one line has its room: 30 px rows, nothing crowded.
  await page.setViewportSize({ width: 1100, height: 720 });
  await expect.poll(rowHeight, 'one-line rows in a 69rem list').toBe(30);
  expect(await crowdedRows(page), 'a line at its row’s edge at 1100 px').toEqual([]);
});
