import { expect, test } from '@playwright/test';
import { openTabs } from './support/lab-page';
import { checkTicks, lastNumber } from './support/ticks';

const PATH = '/m/server-sent-events';
const unique = (text: string) => `${text} ${Math.random().toString(36).slice(2, 8)}`;

const publishFromOutside = (text: string, seq: number) => ({
  event: 'notification',
  envelope: {
    v: 1,
    id: `outside-${seq}-${text}`,
    mechanism: 'server-sent-events',
    sender: { id: 'e2e-teacher', name: 'Teacher', color: '#884400', kind: 'tab' },
    kind: 'chat',
    body: text,
    sentAt: Date.now(),
    seq,
  },
});

test.describe('Server-Sent Events', () => {
  test('an event one tab publishes reaches every tab, the publisher too', async ({ context }) => {
    const [a, b] = await openTabs(context, PATH);
    const text = unique('news for everyone');
    await a!.send(text);
    await expect(
      a!.page.getByRole('status').filter({ hasText: /Published as event/ }),
    ).toBeVisible();
    for (const tab of [a!, b!]) {
      await expect(tab.entries('received', text)).toHaveCount(1);
      await expect(tab.entries('received', text)).toHaveAttribute(
        'data-mechanism',
        'server-sent-events',
      );
    }
    await expect(a!.entries('sent', text)).toHaveCount(1);
    // The clock's ticks are counted beside their type's box, and go to the log once it is ticked.
    const time = b!.page.getByRole('checkbox', { name: /^time/ });
    const label = b!.page.locator('label', { has: time });
    // Each type's name is the event's own (addEventListener('time')): marked so, in any language.
    await expect(label.locator('[translate="no"]')).toHaveText('time');
    await checkTicks(b!, () => lastNumber(label), time);
  });

  test('a bad publish is refused with the reason, and the text stays', async ({ context }) => {
    const [a] = await openTabs(context, PATH, 1);
    // A body over the server's limit.
    const big = 'y'.repeat(9000);
    await a!.messageBox.fill(big);
    await a!.button('Send').click();
    await expect(a!.page.getByRole('alert')).toContainText('over 8192 bytes');
    await expect(a!.messageBox).toHaveValue(big);
    await expect(a!.entries('error', 'over 8192 bytes')).toHaveCount(1);
  });

  test('after the server drops the stream, the browser resumes with 0 gaps', async ({
    context,
    request,
  }) => {
    const [a] = await openTabs(context, PATH, 1);
    const detector = a!.page.getByTestId('gap-detector');
    await expect(a!.page.getByTestId('last-event-id')).not.toHaveText('—');
    const drop = await request.post('/api/admin/drop', { data: {} });
    expect(drop.ok()).toBe(true);
    // While the tab is away (retry: 2 s), the teacher publishes three events.
    const texts = [1, 2, 3].map((n) => unique(`while away ${n}`));
    for (const [i, text] of texts.entries()) {
      const response = await request.post('/api/sse/publish', {
        data: publishFromOutside(text, i + 1),
      });
      expect(response.ok()).toBe(true);
    }
    await expect(a!.page.getByTestId('sse-resumes')).not.toHaveText('0', { timeout: 10_000 });
    for (const text of texts) await expect(a!.entries('received', text)).toHaveCount(1);
    await expect(a!.entries('status', /resumed after .*replayed/)).not.toHaveCount(0);
    await expect(detector).toHaveAttribute('data-gaps', '0');
    await expect(detector).toHaveAttribute('data-duplicates', '0');
    await expect(detector).toContainText('0 gaps');
  });

  test('Close is final; Connect resumes from lastEventId without a gap', async ({ context }) => {
    const [a] = await openTabs(context, PATH, 1);
    await expect(a!.page.getByTestId('last-event-id')).not.toHaveText('—');
    await a!.button('Close').click();
    await expect(a!.page.getByTestId('sse-state')).toHaveAttribute('data-state', 'closed');
    await expect(a!.page.getByText('EventSource.close() is final')).toBeVisible();
    await a!.button('Connect').click();
    await expect(a!.page.getByTestId('sse-state')).toHaveAttribute('data-state', 'open');
    await expect(a!.entries('status', /resumed after/)).not.toHaveCount(0);
    await expect(a!.page.getByTestId('gap-detector')).toHaveAttribute('data-gaps', '0');
  });
});
