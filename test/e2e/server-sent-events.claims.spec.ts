import { expect, test } from '@playwright/test';
import { LabPage } from './support/lab-page';

// HTTP/1.1 allows six connections per origin for the whole browser; six EventSources hold them all.
const PATH = '/m/server-sent-events';

test.describe('Server-Sent Events: the connection limit', () => {
  test(
    'with six streams open, every other request to the origin waits, from any tab, until one closes',
    { tag: '@alone' },
    async ({ context, baseURL }) => {
      test.setTimeout(120_000);
      // One at a time, each stream open before the next tab loads: the last one has a single free
      // connection left for its page, its API calls and its stream.
      const tabs: LabPage[] = [];
      for (let i = 0; i < 6; i++) {
        const tab = await LabPage.open(context, PATH);
        await expect(tab.entries('status', 'open').first()).toBeVisible({ timeout: 20_000 });
        tabs.push(tab);
      }
      const first = tabs[0]!;
      const timer = first.page
        .getByRole('status')
        .filter({ hasText: /Waiting for an answer|Answered after/ });

      // One of the six tabs asks for /api/health: it waits, and keeps waiting.
      // A 7th tab cannot even load the page: it tries while the request waits (the two 3 s
      // waits overlap instead of adding up).
      await first.button('Time a request').click();
      const seventh = await context.newPage();
      await Promise.all([
        expect(timer).toContainText('Waiting for an answer: 3 s so far', { timeout: 10_000 }),
        expect(seventh.goto(`${baseURL}${PATH}?lang=en`, { timeout: 3_000 })).rejects.toThrow(
          /Timeout/,
        ),
      ]);
      await expect(timer).toContainText('Waiting for an answer');

      // Close one stream's tab: the waiting request goes through at once.
      await tabs[5]!.page.close();
      await expect(timer).toContainText(/Answered after \d+ ms/, { timeout: 10_000 });
      const ms = Number(/Answered after (\d+) ms/.exec((await timer.textContent()) ?? '')?.[1]);
      expect(ms).toBeGreaterThan(3_000);
      test.info().annotations.push({ type: 'measured', description: `request waited ${ms} ms` });
    },
  );
});
