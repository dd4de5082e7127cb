import { expect, test } from '@playwright/test';
import { openTabs } from './support/lab-page';

// HTTP/1.1 allows six connections per origin for the whole browser; six EventSources hold them all.
const PATH = '/m/server-sent-events';

test.describe('Server-Sent Events: the connection limit', () => {
  test('with six streams open, every other request to the origin waits, from any tab, until one closes', async ({
    context,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const tabs = await openTabs(context, PATH, 6);
    const first = tabs[0]!;
    const timer = first.page
      .getByRole('status')
      .filter({ hasText: /Waiting for an answer|Answered after/ });

    // One of the six tabs asks for /api/health: it waits, and keeps waiting.
    await first.button('Time a request').click();
    await expect(timer).toContainText('Waiting for an answer: 3 s so far', { timeout: 10_000 });

    // A 7th tab cannot even load the page.
    const seventh = await context.newPage();
    await expect(seventh.goto(`${baseURL}${PATH}?lang=en`, { timeout: 3_000 })).rejects.toThrow(
      /Timeout/,
    );
    await expect(timer).toContainText('Waiting for an answer');

    // Close one stream's tab: the waiting request goes through at once.
    await tabs[5]!.page.close();
    await expect(timer).toContainText(/Answered after \d+ ms/, { timeout: 10_000 });
    const ms = Number(/Answered after (\d+) ms/.exec((await timer.textContent()) ?? '')?.[1]);
    expect(ms).toBeGreaterThan(3_000);
    test.info().annotations.push({ type: 'measured', description: `request waited ${ms} ms` });
  });
});
