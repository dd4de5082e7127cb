import { expect, test } from '@playwright/test';
import { openFeeds } from './support/feeds';
import { LabPage } from './support/lab-page';

// The naive way (a stream per tab) beside leader election (one stream for all tabs), measured
// with the browser's shared HTTP/1.1 pool of six connections per origin: @alone, so no other
// test takes or frees a connection meanwhile.
const PATH = '/m/web-locks';
const timerOf = (tab: LabPage) =>
  tab.page.getByRole('status').filter({ hasText: /Waiting for an answer|Answered after/ });
const answeredMs = async (tab: LabPage) =>
  Number(/Answered after (\d+) ms/.exec((await timerOf(tab).textContent()) ?? '')?.[1]);

test(
  'seven naive tabs: the seventh hangs and /api/health waits; seven leader tabs: it answers at once',
  { tag: '@alone' },
  async ({ context, baseURL }) => {
    test.setTimeout(180_000);
    const feeds = openFeeds(context);

    // Naive: six tabs, each opening its own stream before the next loads.
    const naive: LabPage[] = [];
    for (let i = 0; i < 6; i++) {
      const tab = await LabPage.open(context, `${PATH}?mode=naive`);
      await expect(tab.page.getByTestId('leader-role')).toHaveAttribute('data-role', 'naive');
      await expect(tab.page.getByTestId('feed-state')).toHaveText('open', { timeout: 20_000 });
      naive.push(tab);
    }
    expect(feeds()).toBe(6);
    const first = naive[0]!;
    await first.button('Time a request').click();
    // The seventh tab hangs: it cannot even load the page. It tries while the request waits (the
    // two 3 s waits overlap instead of adding up).
    const seventh = await context.newPage();
    await Promise.all([
      expect(timerOf(first)).toContainText('Waiting for an answer: 3 s so far', {
        timeout: 10_000,
      }),
      expect(
        seventh.goto(`${baseURL}${PATH}?mode=naive&lang=en`, { timeout: 3_000 }),
      ).rejects.toThrow(/Timeout/),
    ]);
    await seventh.close();
    await expect(timerOf(first)).toContainText('Waiting for an answer');
    // One naive tab closes: its connection frees, and the waiting request goes through.
    await naive[5]!.page.close();
    await expect(timerOf(first)).toContainText(/Answered after \d+ ms/, { timeout: 10_000 });
    const naiveMs = await answeredMs(first);
    expect(naiveMs).toBeGreaterThan(3_000);
    for (const tab of naive.slice(0, 5)) await tab.page.close();

    // Leader election: seven tabs, one stream; /api/health from the last one answers at once.
    const leaders: LabPage[] = [];
    for (let i = 0; i < 7; i++) {
      const tab = await LabPage.open(context, PATH);
      await tab.ready();
      await expect(tab.page.getByTestId('leader-role')).toHaveAttribute(
        'data-role',
        i === 0 ? 'leader' : 'queued',
      );
      leaders.push(tab);
    }
    await expect.poll(feeds).toBe(1);
    const last = leaders[6]!;
    await last.button('Time a request').click();
    await expect(timerOf(last)).toContainText(/Answered after \d+ ms/, { timeout: 5_000 });
    const leaderMs = await answeredMs(last);
    expect(leaderMs).toBeLessThan(3_000);
    test.info().annotations.push({
      type: 'measured',
      description: `/api/health: ${naiveMs} ms with six naive streams open (until one closed); ${leaderMs} ms from the 7th of seven leader-mode tabs`,
    });
    console.log(`measured: naive ${naiveMs} ms, leader ${leaderMs} ms`);
  },
);
