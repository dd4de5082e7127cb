import { expect, test } from '@playwright/test';
import { openTabs } from './support/lab-page';

// BroadcastChannel skips only the object that posted, not the tab: shown in Chromium.
test.describe('BroadcastChannel: the claims', () => {
  test('a second BroadcastChannel object in the sending tab receives the message', async ({
    context,
  }) => {
    const [a, b] = await openTabs(context, '/m/broadcast-channel');
    await a!.page.getByRole('checkbox', { name: 'A second channel object in this tab' }).check();
    await expect(a!.page.getByRole('status').filter({ hasText: 'second object' })).toContainText(
      'listening on #comms-lab',
    );
    await a!.send('heard in my own tab');
    await expect(a!.page.getByRole('status').filter({ hasText: 'second object' })).toContainText(
      /heard one message: .*heard in my own tab/,
    );
    // The page's own (posting) object got nothing; the other tab got it as usual.
    await expect(b!.entries('received', 'heard in my own tab')).toHaveCount(1);
    await expect(a!.entries('received', 'heard in my own tab')).toHaveCount(0);
  });
});
