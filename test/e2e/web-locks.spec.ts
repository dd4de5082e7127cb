import { expect, test, type APIRequestContext, type BrowserContext } from '@playwright/test';
import { openFeeds } from './support/feeds';
import { LabPage } from './support/lab-page';
import { checkTicks, lastNumber, TICKS } from './support/ticks';

const PATH = '/m/web-locks';

const nameOf = async (tab: LabPage) =>
  (await tab.identity.locator('.peer-badge__name').textContent()) ?? '';
const role = (tab: LabPage) => tab.page.getByTestId('leader-role');

/** Opens tabs one after the other, so the first is the leader and the rest queue in order. */
async function openInOrder(context: BrowserContext, count: number) {
  const tabs: LabPage[] = [];
  for (let i = 0; i < count; i++) {
    const tab = await LabPage.open(context, PATH);
    await tab.ready();
    await expect(role(tab)).toHaveAttribute('data-role', i === 0 ? 'leader' : 'queued');
    tabs.push(tab);
  }
  return tabs;
}

/** Publishes straight to the server, as another client would, one message every `gapMs`. */
async function publishBurst(request: APIRequestContext, texts: string[], gapMs: number) {
  let seq = 0;
  for (const text of texts) {
    const response = await request.post('/api/sse/publish', {
      data: {
        event: 'message',
        envelope: {
          v: 1,
          id: `burst-${seq}`,
          mechanism: 'web-locks',
          sender: { id: 'test-client', name: 'Test client', color: '#444444', kind: 'tab' },
          kind: 'chat',
          body: text,
          sentAt: Date.now(),
          seq: ++seq,
        },
      },
    });
    expect(response.ok()).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, gapMs));
  }
}

test.describe('Web Locks leader', () => {
  test('one tab leads and holds the only feed; a message typed in a follower reaches every tab', async ({
    context,
  }) => {
    const feeds = openFeeds(context);
    const [a, b, c] = await openInOrder(context, 3);
    await expect(role(a!)).toContainText('This tab is the leader');
    await expect(role(b!)).toContainText(`hears the feed from ${await nameOf(a!)}`);
    await expect(a!.page.getByTestId('feed-state')).toHaveText('open');
    await expect(b!.page.getByTestId('feed-state')).toHaveText('not opened by this tab');
    // Three tabs, one connection to the server.
    await expect.poll(feeds).toBe(1);
    await b!.send('from a follower');
    for (const tab of [a!, b!, c!]) {
      const received = tab.entries('received', 'from a follower');
      await expect(received).toHaveCount(1);
      await expect(received).toHaveAttribute('data-mechanism', 'web-locks');
    }
    // A follower counts the ticks the leader passes on; they reach its log only when asked.
    const seen = b!.page.locator('dt:text-is("Events seen") + dd');
    await checkTicks(b!, () => lastNumber(seen), b!.page.getByRole('switch', { name: TICKS }));
  });

  test('the lock queue shows who holds the lock and who waits, in order', async ({ context }) => {
    const [a, b, c] = await openInOrder(context, 3);
    const [nameA, nameB, nameC] = [await nameOf(a!), await nameOf(b!), await nameOf(c!)];
    await expect(a!.page.getByTestId('lock-holder')).toHaveText(`${nameA} (this tab)`);
    const waiting = c!.page.getByRole('list', { name: 'Waiting, in order' }).getByRole('listitem');
    await expect(waiting).toHaveText([nameB, `${nameC} (this tab)`]);
  });

  test('closing the leader makes the next tab leader, which resumes the feed with no gap', async ({
    context,
    request,
  }) => {
    const feeds = openFeeds(context);
    const [a, b, c] = await openInOrder(context, 3);
    const texts = Array.from({ length: 24 }, (_, i) => `burst-${i + 1}`);
    // Messages keep coming while the leader closes and the next one takes over.
    const burst = publishBurst(request, texts, 25);
    await expect(c!.entries('received', 'burst-3')).toHaveCount(1);
    await a!.page.close({ runBeforeUnload: true });
    await burst;
    await expect(role(b!)).toHaveAttribute('data-role', 'leader');
    await expect(b!.page.getByTestId('takeover')).toContainText(/resumed from [a-z0-9]+-\d+/);
    await expect(role(c!)).toContainText(`hears the feed from ${await nameOf(b!)}`);
    for (const tab of [b!, c!]) {
      // The log is virtualised: count with its filter, which counts every entry, shown or not.
      await tab.page.getByRole('searchbox', { name: 'Filter text' }).fill('burst-');
      await expect(
        tab.page.getByRole('toolbar', { name: 'Log tools' }).getByRole('status'),
      ).toHaveText(new RegExp(`^${texts.length} of \\d+ entries`));
      await expect(tab.page.getByTestId('feed-missed')).toHaveText('0');
    }
    await expect.poll(feeds).toBe(1);
  });

  test('a leader that steps down queues at the back, and the next tab leads', async ({
    context,
  }) => {
    const [a, b] = await openInOrder(context, 2);
    await a!.button('Step down').click();
    await expect(role(b!)).toHaveAttribute('data-role', 'leader');
    await expect(role(a!)).toHaveAttribute('data-role', 'queued');
    await expect(a!.page.getByTestId('lock-holder')).toHaveText(await nameOf(b!));
  });
});
