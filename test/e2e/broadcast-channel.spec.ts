import { expect, test } from '@playwright/test';
import { openTabs } from './support/lab-page';

const PATH = '/m/broadcast-channel';

test.describe('BroadcastChannel', () => {
  test('a message typed in A appears in B with a latency, and A gets no copy', async ({
    context,
  }) => {
    const [a, b] = await openTabs(context, PATH);
    await a!.send('hello from A');
    const received = b!.entries('received', 'hello from A');
    await expect(received).toHaveCount(1);
    await expect(received).toHaveAttribute('data-mechanism', 'broadcast-channel');
    await expect(received).toContainText(/\d+\.\d ms/);
    await expect(a!.entries('sent', 'hello from A')).toHaveCount(1);
    await expect(
      a!.page.getByRole('status').filter({ hasText: 'this tab will not' }),
    ).toBeVisible();
    // B answers; once A has B's answer, A has certainly had time to hear its own message, if it could.
    await b!.send('reply from B');
    await expect(a!.entries('received', 'reply from B')).toHaveCount(1);
    await expect(a!.entries('received', 'hello from A')).toHaveCount(0);
  });

  test('the presence list shows the other tabs, and drops a tab that closes', async ({
    context,
  }) => {
    const [a, b] = await openTabs(context, PATH);
    const nameOfB = (await b!.identity.locator('.peer-badge__name').textContent()) ?? '';
    const presence = a!.page.getByRole('list', { name: 'Tabs on #comms-lab' });
    await expect(presence.getByText(nameOfB)).toBeVisible();
    await b!.page.close({ runBeforeUnload: true });
    await expect(presence.getByText(nameOfB)).toHaveCount(0);
  });

  test('structured values arrive as the same types', async ({ context }) => {
    const [a, b] = await openTabs(context, PATH);
    const samples: Array<[string, RegExp]> = [
      ['Send a Date', /^Date\(\d{4}-\d\d-\d\dT/],
      ['Send a Map', /^Map\(2\) \{"answer" => 42, "sentAt" => Date\(/],
      ['Send a Set', /^Set\(3\) \{"red", "green", "blue"\}/],
      ['Send an ArrayBuffer', /^ArrayBuffer\(8 bytes\)/],
      ['Send a Blob', /^Blob\(17 bytes, text\/plain\)/],
      ['Send all of them (with a cycle)', /self: \[circular\]/],
    ];
    for (const [button, shape] of samples) {
      await a!.button(button).click();
      await expect(
        b!.log.locator('[data-direction="received"] .log-row__summary').last(),
      ).toHaveText(shape);
    }
  });

  test('a function cannot be cloned: DataCloneError in the page and the log, nothing sent', async ({
    context,
  }) => {
    const [a, b] = await openTabs(context, PATH);
    await a!.button('Try to send a function').click();
    await expect(a!.page.getByRole('alert')).toContainText('DataCloneError');
    await expect(a!.entries('error', 'DataCloneError')).toHaveCount(1);
    await a!.send('after the failure');
    await expect(b!.entries('received', 'after the failure')).toHaveCount(1);
    await expect(b!.entries('received', /functions cannot be cloned/)).toHaveCount(0);
  });

  test('posting on a closed channel throws InvalidStateError, shown and logged', async ({
    context,
  }) => {
    const [a] = await openTabs(context, PATH, 1);
    await a!.button('Post on a closed channel').click();
    await expect(a!.page.getByRole('alert')).toContainText('InvalidStateError');
    await expect(a!.entries('error', 'InvalidStateError')).toHaveCount(1);
  });

  test('a tab that leaves the channel stops receiving; one that joins another channel hears only that', async ({
    context,
  }) => {
    const [a, b, c] = await openTabs(context, PATH, 3);
    await b!.button('Leave #comms-lab').click();
    await expect(b!.entries('status', 'closed')).toHaveCount(1);
    await a!.send('after B left');
    await expect(c!.entries('received', 'after B left')).toHaveCount(1);
    // B joins lab-2 and A too; a message there reaches B, the one on comms-lab never did.
    for (const tab of [a!, b!]) {
      await tab.page.getByRole('textbox', { name: 'Channel name' }).fill('lab-2');
      await tab.button('Join').click();
    }
    await a!.page.getByRole('combobox', { name: 'Channel' }).selectOption('lab-2');
    await a!.send('on lab-2');
    await expect(b!.entries('received', 'on lab-2')).toHaveCount(1);
    await expect(b!.entries('received', 'after B left')).toHaveCount(0);
    await expect(c!.entries('received', 'on lab-2')).toHaveCount(0);
  });

  test('foreign, non-envelope messages are logged as raw text and break nothing', async ({
    context,
  }) => {
    const [a, b] = await openTabs(context, PATH);
    await b!.page.evaluate(() => {
      const intruder = new BroadcastChannel('comms-lab');
      intruder.postMessage('<img src=x onerror="window.__pwned = true">');
      intruder.postMessage({
        v: 1,
        id: 'x',
        sender: { id: 'evil', name: 'Evil', color: 'red;background:url(//x)', kind: 'tab' },
      });
      intruder.close();
    });
    const raw = a!.log.locator('[data-direction="received"][data-raw="true"]');
    await expect(raw).toHaveCount(2);
    await expect(raw.first()).toContainText('<img src=x onerror="window.__pwned = true">');
    await expect(raw.nth(1)).toContainText('mechanism must be a kebab-case id');
    expect(await a!.log.locator('img').count()).toBe(0);
    expect(await a!.page.evaluate(() => (window as { __pwned?: boolean }).__pwned)).toBeUndefined();
    await a!.send('still working');
    await expect(b!.entries('received', 'still working')).toHaveCount(1);
  });

  test('an HTML payload stays text in the receiver', async ({ context }) => {
    const [a, b] = await openTabs(context, PATH);
    const payload = '<img src=x onerror=alert(1)><script>window.__pwned=1</script>';
    let dialogs = 0;
    b!.page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await a!.send(payload);
    const entry = b!.entries('received', payload);
    await expect(entry).toHaveCount(1);
    await entry.click();
    await expect(b!.page.getByRole('region', { name: 'Entry details' })).toContainText(payload);
    expect(await b!.page.locator('main img, [role="log"] img, aside img').count()).toBe(0);
    expect(dialogs).toBe(0);
  });

  test('invalid JSON is flagged in the form and not sent', async ({ context }) => {
    const [a, b] = await openTabs(context, PATH);
    await a!.page.getByRole('radio', { name: 'JSON' }).check();
    await a!.send('{"broken": ');
    await expect(a!.page.getByRole('alert')).toContainText('Not valid JSON');
    await expect(a!.messageBox).toHaveValue('{"broken": ');
    await a!.send('{"fixed": true}');
    await expect(b!.entries('received', '{fixed: true}')).toHaveCount(1);
  });
});
