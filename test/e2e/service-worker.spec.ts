import { expect, test, type BrowserContext } from '@playwright/test';
import { LabPage } from './support/lab-page';

const PATH = '/m/service-worker';

/** Opens tabs (uncontrolled on this first load), then claims them all from the first one. */
async function controlledTabs(context: BrowserContext, count: number): Promise<LabPage[]> {
  const tabs: LabPage[] = [];
  for (let i = 0; i < count; i++) tabs.push(await LabPage.open(context, PATH));
  const [first] = tabs as [LabPage];
  await expect(
    first.page.getByRole('table', { name: 'Worker slots' }).locator('tr[data-slot="active"]'),
  ).toContainText('activated');
  await first.button('Claim this page (clients.claim)').click();
  for (const tab of tabs)
    await expect(tab.page.getByTestId('controller')).toContainText('controlled by worker v1');
  return tabs;
}

const relayTo = (tab: LabPage, label: string) =>
  tab.page.getByRole('combobox', { name: 'Relay to' }).selectOption({ label });
/** Choose the tab to relay to by the name it shows. */
async function chooseTab(tab: LabPage, name: string) {
  const select = tab.page.getByRole('combobox', { name: 'Tab', exact: true });
  const value = await select.locator('option', { hasText: name }).getAttribute('value');
  await select.selectOption(value ?? '');
}
const clientList = (tab: LabPage) =>
  tab.page.getByRole('list', { name: 'Tabs the worker controls' });

test.describe('ServiceWorker relay', () => {
  test('the first load is uncontrolled; a message sent then waits and is delivered after claim', async ({
    context,
  }) => {
    const a = await LabPage.open(context, PATH);
    const b = await LabPage.open(context, PATH);
    await expect(a.page.getByTestId('controller')).toContainText('not controlled');
    await a.send('sent before control');
    await expect(a.page.getByRole('status').filter({ hasText: 'the message waits' })).toBeVisible();
    await expect(a.page.getByText('1 message waiting for control.')).toBeVisible();
    await expect(b.entries('received', 'sent before control')).toHaveCount(0);
    await a.button('Claim this page (clients.claim)').click();
    await expect(a.page.getByTestId('controller')).toContainText('controlled by worker v1');
    await expect(b.entries('received', 'sent before control')).toHaveCount(1);
  });

  test('relay to others, to all (the sender too) and to one chosen tab, with three tabs', async ({
    context,
  }) => {
    const [a, b, c] = await controlledTabs(context, 3);
    await a!.send('to the others');
    await expect(b!.entries('received', 'to the others')).toHaveCount(1);
    await expect(c!.entries('received', 'to the others')).toHaveCount(1);
    await relayTo(a!, 'every tab, this one too');
    await a!.send('to everyone');
    for (const tab of [a!, b!, c!])
      await expect(tab.entries('received', 'to everyone')).toHaveCount(1);
    await expect(a!.entries('received', 'to the others')).toHaveCount(0);

    // C speaks, so A knows its name; then A relays to C alone.
    await c!.send('hello from C');
    await expect(a!.entries('received', 'hello from C')).toHaveCount(1);
    const nameOfC = (await c!.identity.locator('.peer-badge__name').textContent()) ?? '';
    await relayTo(a!, 'one chosen tab');
    await chooseTab(a!, nameOfC);
    await a!.send('only for C');
    await expect(c!.entries('received', 'only for C')).toHaveCount(1);
    await b!.send('marker after');
    await expect(c!.entries('received', 'marker after')).toHaveCount(1);
    await expect(b!.entries('received', 'only for C')).toHaveCount(0);
    await expect(a!.entries('received', 'only for C')).toHaveCount(0);
    // Each message was sent once: presence and chat are numbered apart, so nothing is tagged a
    // duplicate or a restart (a relay to one tab may leave a gap for the others, and says so).
    for (const tab of [a!, b!, c!])
      await expect(tab.log.getByText(/^(duplicate|restart)$/i)).toHaveCount(0);
  });

  test('the clients list follows tabs opening and closing', async ({ context }) => {
    const [a, b] = await controlledTabs(context, 2);
    await expect(clientList(a!).locator('li')).toHaveCount(2);
    // B has sent nothing, yet A shows its name and colour: the tabs introduced themselves.
    const nameOfB = (await b!.identity.locator('.peer-badge__name').textContent()) ?? '';
    await expect(clientList(a!)).toContainText(nameOfB);
    const c = await LabPage.open(context, PATH); // loads with an active worker: controlled at once
    await expect(c.page.getByTestId('controller')).toContainText('controlled by worker v1');
    await expect(clientList(a!).locator('li')).toHaveCount(3);
    await b!.page.close();
    await expect(clientList(a!).locator('li')).toHaveCount(2);
  });

  test('an update installs beside the old worker, waits, and takes over on skip waiting', async ({
    context,
  }) => {
    const [a] = await controlledTabs(context, 1);
    await a!.button('Update to version 2').click();
    const waiting = a!.page
      .getByRole('table', { name: 'Worker slots' })
      .locator('tr[data-slot="waiting"]');
    await expect(waiting).toContainText('v2');
    await expect(waiting).toContainText('installed');
    await expect(a!.page.getByTestId('controller')).toContainText('v1');
    await a!.button('Skip waiting').click();
    await expect(a!.page.getByTestId('controller')).toContainText('controlled by worker v2');
    await expect(
      a!.page.getByRole('table', { name: 'Worker slots' }).locator('tr[data-slot="active"]'),
    ).toContainText('v2');
    await expect(a!.entries('status', /v2: activated/)).toHaveCount(1);
  });

  test('unregister, then register again', async ({ context }) => {
    const [a] = await controlledTabs(context, 1);
    await a!.button('Unregister').click();
    await expect(a!.page.getByText('Not registered.')).toBeVisible();
    await expect(a!.entries('status', /unregistered/)).toHaveCount(1);
    await a!.button('Register again').click();
    await expect(a!.page.getByText('Registered for scope "/".')).toBeVisible();
    await expect(
      a!.page.getByRole('table', { name: 'Worker slots' }).locator('tr[data-slot="active"]'),
    ).toContainText('activated');
  });

  test('bad input: a non-envelope is answered with an error; a relay to a tab that has gone is reported', async ({
    context,
  }) => {
    const [a, b] = await controlledTabs(context, 2);
    await a!.page.evaluate(() =>
      navigator.serviceWorker.controller?.postMessage({
        type: 'relay',
        mode: 'all',
        envelope: '<b>not an envelope</b>',
      }),
    );
    await expect(a!.entries('error', 'not an envelope')).toHaveCount(1);
    await b!.send('hello from B');
    await expect(a!.entries('received', 'hello from B')).toHaveCount(1);
    await relayTo(a!, 'one chosen tab');
    const nameOfB = (await b!.identity.locator('.peer-badge__name').textContent()) ?? '';
    await chooseTab(a!, nameOfB);
    await b!.page.close();
    await a!.send('to a tab that is gone');
    await expect(a!.entries('error', 'has gone')).toHaveCount(1);
  });

  test('when the browser stops the worker, its memory is gone but relaying goes on', async ({
    context,
  }) => {
    const [a, b] = await controlledTabs(context, 2);
    await a!.send('before the restart');
    await expect(b!.entries('received', 'before the restart')).toHaveCount(1);
    await expect(a!.page.getByTestId('relayed')).not.toHaveText('0');
    // What the browser does to an idle worker, done now through the DevTools protocol.
    const cdp = await context.newCDPSession(a!.page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await a!.send('after the restart');
    await expect(b!.entries('received', 'after the restart')).toHaveCount(1);
    await expect(a!.page.getByTestId('relayed')).toHaveText('1');
  });
});
