import { expect, test } from '@playwright/test';
import { LabPage, openTabs } from './support/lab-page';

const PATH = '/m/shared-worker';

const nameOf = async (tab: LabPage) =>
  (await tab.identity.locator('.peer-badge__name').textContent()) ?? '';
const ports = (tab: LabPage) => tab.page.getByRole('list', { name: 'Ports connected to the hub' });

test.describe('SharedWorker hub', () => {
  test('a message typed in A is relayed by the hub to B and C, not back to A', async ({
    context,
  }) => {
    const [a, b, c] = await openTabs(context, PATH, 3);
    await expect(ports(a!).getByRole('listitem')).toHaveCount(3);
    await a!.send('hello via the hub');
    for (const other of [b!, c!]) {
      const received = other.entries('received', 'hello via the hub');
      await expect(received).toHaveCount(1);
      await expect(received).toHaveAttribute('data-mechanism', 'shared-worker');
      await expect(received).toContainText(await nameOf(a!));
    }
    await expect(a!.page.getByRole('status').filter({ hasText: '2 other tabs' })).toBeVisible();
    await b!.send('reply from B');
    await expect(a!.entries('received', 'reply from B')).toHaveCount(1);
    await expect(a!.entries('received', 'hello via the hub')).toHaveCount(0);
  });

  test('every tab sees the same worker state: one hub id, one count, every port', async ({
    context,
  }) => {
    const [a, b] = await openTabs(context, PATH);
    await expect(ports(a!).getByText(await nameOf(b!))).toBeVisible();
    await expect(ports(b!).getByText(await nameOf(a!))).toBeVisible();
    await expect(ports(a!).getByText('(this tab)')).toHaveCount(1);
    const hubId = await a!.page.getByTestId('hub-id').textContent();
    await expect(b!.page.getByTestId('hub-id')).toHaveText(hubId ?? '');
    await a!.send('one');
    await a!.send('two');
    await expect(b!.page.getByTestId('hub-relayed')).toHaveText('2');
    await expect(a!.page.getByTestId('hub-relayed')).toHaveText('2');
  });

  test('a tab that says goodbye is dropped at once', async ({ context }) => {
    const [a, b] = await openTabs(context, PATH);
    const nameOfB = await nameOf(b!);
    await expect(ports(a!).getByText(nameOfB)).toBeVisible();
    await b!.page.close({ runBeforeUnload: true });
    await expect(a!.entries('status', `${nameOfB} left (said goodbye)`)).toHaveCount(1);
    await expect(ports(a!).getByText(nameOfB)).toHaveCount(0);
  });

  test('without a goodbye, only the missing heartbeat tells the hub that a tab closed', async ({
    context,
  }) => {
    const [a, b] = await openTabs(context, PATH);
    const nameOfB = await nameOf(b!);
    await b!.page.getByRole('switch', { name: 'Say goodbye when this tab closes' }).uncheck();
    await expect(b!.page.getByText(/until its heartbeats have been missing/)).toBeVisible();
    await b!.page.close({ runBeforeUnload: true });
    // Still listed right after the close: nothing told the hub.
    await expect(ports(a!).getByText(nameOfB)).toBeVisible();
    await expect(a!.entries('status', `${nameOfB} went silent`)).toHaveCount(1, {
      timeout: 10_000,
    });
    await expect(ports(a!).getByText(nameOfB)).toHaveCount(0);
    await expect(a!.entries('status', 'said goodbye')).toHaveCount(0);
  });

  test('the worker ends with the last tab: the next tab gets a new hub', async ({ context }) => {
    const [a] = await openTabs(context, PATH, 1);
    const first = await a!.page.getByTestId('hub-id').textContent();
    expect(first).toMatch(/^[a-z0-9]{1,6}$/);
    await a!.page.close({ runBeforeUnload: true });
    const next = await LabPage.open(context, PATH);
    await expect(next.page.getByTestId('hub-id')).not.toHaveText(first ?? '');
    await expect(next.page.getByTestId('hub-relayed')).toHaveText('0');
  });
});
