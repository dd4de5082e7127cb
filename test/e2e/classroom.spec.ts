import { writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { LabPage, openTabs } from './support/lab-page';

const PATH = '/m/broadcast-channel';
const nameOf = async (tab: LabPage) =>
  (await tab.identity.locator('.peer-badge__name').textContent()) ?? '';

async function exportFrom(tab: LabPage, path: string) {
  const download = tab.page.waitForEvent('download');
  await tab.button('Export JSON').click();
  await (await download).saveAs(path);
}

test.describe('Classroom: flow view and merged logs', () => {
  test('the flow view draws an arrow from the sender’s lane to this tab; a click opens the entry', async ({
    context,
  }) => {
    const [a, b] = await openTabs(context, PATH);
    const [nameA, nameB] = [await nameOf(a!), await nameOf(b!)];
    await b!.send('hello flow');
    await expect(a!.entries('received', 'hello flow')).toHaveCount(1);
    await a!.page.getByRole('radio', { name: 'Flow' }).check();
    const flow = a!.page.getByRole('region', { name: 'Message flow' });
    const lanes = flow.getByRole('list', { name: 'Participants' });
    await expect(lanes).toContainText(`${nameA} (this tab)`);
    await expect(lanes).toContainText(nameB);
    const arrow = flow.getByRole('button', {
      name: `received: ${nameB} → ${nameA}: hello flow`,
    });
    await expect(arrow).toBeVisible();
    await arrow.click();
    await expect(a!.page.getByRole('heading', { name: 'Entry details' })).toBeVisible();
    // A message that could not be sent is drawn as lost, with a cross.
    await a!.button('Try to send a function').click();
    await expect(flow.locator('.flow-arrow--lost')).toHaveCount(1);
    await expect(flow.locator('.flow-arrow--lost')).toContainText('✕');
  });

  test('slow motion animates each new message on its way', async ({ context }) => {
    const [a, b] = await openTabs(context, PATH);
    await a!.page.getByRole('radio', { name: 'Flow' }).check();
    await a!.page.getByRole('switch', { name: 'Slow motion' }).check();
    await b!.send('slowly now');
    const flow = a!.page.getByRole('region', { name: 'Message flow' });
    await expect(flow.locator('.flow-arrow--animate', { hasText: 'slowly now' })).toHaveCount(1);
  });

  test('exports from two tabs, imported into a third, make one timeline', async ({
    context,
  }, info) => {
    const [a, b] = await openTabs(context, PATH);
    const [nameA, nameB] = [await nameOf(a!), await nameOf(b!)];
    await a!.send('from A to B');
    await expect(b!.entries('received', 'from A to B')).toHaveCount(1);
    await b!.send('from B to A');
    await expect(a!.entries('received', 'from B to A')).toHaveCount(1);
    const fileA = info.outputPath('a.json');
    const fileB = info.outputPath('b.json');
    await exportFrom(a!, fileA);
    await exportFrom(b!, fileB);

    const c = await LabPage.open(context, '/');
    await c.page.getByLabel('Import logs…').setInputFiles([fileA, fileB]);
    await expect(c.page.getByRole('status').filter({ hasText: 'from 2 files' })).toContainText(
      `${nameA}, ${nameB}`,
    );
    await expect(c.entries('sent', 'from A to B')).toContainText(`log of ${nameA}`);
    await expect(c.entries('received', 'from A to B')).toContainText(`log of ${nameB}`);
    // In time order: A's send comes before B's receipt of it.
    const order = await c.log
      .locator('[data-direction]')
      .evaluateAll((rows) =>
        rows.map(
          (row) =>
            `${row.getAttribute('data-direction')}:${row.textContent?.includes('from A to B') ? 'AB' : row.textContent?.includes('from B to A') ? 'BA' : ''}`,
        ),
      );
    expect(order.indexOf('sent:AB')).toBeLessThan(order.indexOf('received:AB'));
    // The flow view draws the merged timeline with both tabs' lanes.
    await c.page.getByRole('radio', { name: 'Flow' }).check();
    const arrow = c.page.getByRole('button', {
      name: `received: ${nameA} → ${nameB}: from A to B`,
    });
    await expect(arrow).toBeVisible();
    // Importing the same files again adds nothing.
    await c.page.getByRole('radio', { name: 'List' }).check();
    const before = await c.entries().count();
    expect(before).toBeGreaterThan(4);
    await c.page.getByLabel('Import logs…').setInputFiles([fileA]);
    await expect(c.entries()).toHaveCount(before);
  });

  test('a file that is not an export is refused, and the log keeps what it had', async ({
    context,
  }, info) => {
    const [a] = await openTabs(context, PATH, 1);
    const before = await a!.entries().count();
    const bogus = info.outputPath('bogus.json');
    await writeFile(bogus, JSON.stringify({ hello: 'world' }));
    await a!.page.getByLabel('Import logs…').setInputFiles(bogus);
    await expect(a!.page.getByRole('alert')).toContainText(
      'bogus.json was not imported: the file is not a Comms Lab log export',
    );
    await expect(a!.entries()).toHaveCount(before);
  });

  test('open N peers tiles the same page beside this one; close all closes them', async ({
    context,
  }) => {
    const [a] = await openTabs(context, PATH, 1);
    await a!.page.locator('summary', { hasText: 'Side by side' }).click();
    await a!.page.getByLabel('How many').selectOption('3');
    const pages: Promise<unknown>[] = [];
    const opened: Page[] = [];
    context.on('page', (page) => opened.push(page));
    await a!.button('Open side by side').click();
    await expect(a!.page.getByRole('status').filter({ hasText: 'Opened 3 windows' })).toBeVisible();
    await expect.poll(() => opened.length).toBe(3);
    // Each window as the room sees it with four side by side on a 1280 screen (320 px): its name
    // large (≥ 20 px), whole and on screen, and no two windows alike.
    const names = new Set([await nameOf(a!)]);
    for (const page of opened) {
      await page.waitForURL(/\/m\/broadcast-channel/);
      pages.push(page.waitForEvent('close'));
      await page.setViewportSize({ width: 320, height: 720 });
      const identity = new LabPage(page).identity;
      const name = identity.locator('.peer-badge__name');
      await expect(name).toBeInViewport({ ratio: 1 });
      const look = await name.evaluate((el) => {
        const box = el.closest('[role="group"]')?.getBoundingClientRect();
        const own = el.getBoundingClientRect();
        return {
          px: parseFloat(getComputedStyle(el).fontSize),
          // Cut: clipped by its pill (overflow: hidden) or ellipsised inside itself.
          cut: !box || own.right > box.right + 0.5 || el.scrollWidth > el.clientWidth,
        };
      });
      expect(look.px, 'the identity is large').toBeGreaterThanOrEqual(20);
      expect(look.cut, 'the identity is whole').toBe(false);
      names.add(await nameOf(new LabPage(page)));
    }
    expect(names.size, 'four windows, four names').toBe(4);
    // The peers are ready at once, each with its own name: this tab and three others.
    await expect(
      a!.page.getByRole('list', { name: 'Tabs on #comms-lab' }).locator('li'),
    ).toHaveCount(4);
    await a!.button('Close all peers (3)').click();
    await Promise.all(pages);
    await expect(a!.button('Close all peers (0)')).toBeDisabled();
  });

  test('a sent entry says why a message might not arrive, for its mechanism', async ({
    context,
  }) => {
    const [a] = await openTabs(context, PATH, 1);
    await a!.send('did it arrive?');
    await a!.entries('sent', 'did it arrive?').click();
    const why = a!.page.getByTestId('why-not-arrived');
    await expect(why.getByRole('heading', { name: 'If it did not arrive' })).toBeVisible();
    await expect(why).toContainText('The object that posted never hears its own message');
  });
});
