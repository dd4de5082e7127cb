import { expect, test } from '@playwright/test';
import { openTabs, type LabPage } from './support/lab-page';

const PATH = '/m/websocket';
const unique = (text: string) => `${text} ${Math.random().toString(36).slice(2, 8)}`;
const nameOf = async (tab: LabPage) =>
  (await tab.identity.locator('.peer-badge__name').textContent()) ?? '';
const state = (tab: LabPage) => tab.page.getByTestId('ws-state');
// History entries repeat earlier messages inside one entry: leave them out when counting.
const live = (tab: LabPage, direction: 'sent' | 'received', text: string) =>
  tab.entries(direction, text).filter({ hasNotText: 'history' });

test.describe('WebSocket chat', () => {
  test('two tabs chat through the server; the sender gets an ack, not its own message', async ({
    context,
  }) => {
    const [a, b] = await openTabs(context, PATH);
    const nameOfA = await nameOf(a!);
    await expect(
      a!.page.getByRole('list', { name: /In this room/ }).getByText(await nameOf(b!)),
    ).toBeVisible();
    const text = unique('hello from A');
    await a!.send(text);
    const received = live(b!, 'received', text);
    await expect(received).toHaveCount(1);
    await expect(received).toHaveAttribute('data-mechanism', 'websocket');
    await expect(received).toContainText(nameOfA);
    await expect(b!.page.getByRole('list', { name: /Messages in room "lobby"/ })).toContainText(
      text,
    );
    await expect(live(a!, 'sent', text)).toHaveCount(1);
    // B answers; once A has it, A would have had its own message too, if the server echoed it.
    const reply = unique('reply from B');
    await b!.send(reply);
    await expect(live(a!, 'received', reply)).toHaveCount(1);
    await expect(live(a!, 'received', text)).toHaveCount(0);
  });

  test('an ArrayBuffer goes to the server and comes back with its size', async ({ context }) => {
    const [a] = await openTabs(context, PATH, 1);
    await a!.button('Send an ArrayBuffer (1 KiB)').click();
    await expect(
      a!.page.getByRole('status').filter({ hasText: 'echoed 1024 bytes' }),
    ).toBeVisible();
    await expect(a!.entries('received', 'ArrayBuffer(1024 bytes)')).toHaveCount(1);
    await a!.button('Send a Blob (3 bytes of text)').click();
    await expect(a!.page.getByRole('status').filter({ hasText: 'echoed 3 bytes' })).toBeVisible();
  });

  test('a frame over 64 KiB closes with 1009 and a reason; the page reconnects by itself', async ({
    context,
  }) => {
    const [a] = await openTabs(context, PATH, 1);
    await a!.button('Send 70 KiB (too big)').click();
    const closes = a!.page.getByRole('table', { name: 'Closes' });
    await expect(closes.locator('tr[data-code="1009"]')).toContainText('Message too big');
    await expect(closes.locator('tr[data-code="1009"]')).toContainText('64 KiB');
    await expect(a!.entries('status', /1009/)).toHaveCount(1);
    await expect(state(a!)).toHaveAttribute('data-state', 'open');
  });

  test('a flood gets rate-limited notices, not silence; refused messages show no receipt', async ({
    context,
  }) => {
    const [a] = await openTabs(context, PATH, 1);
    // In a room of its own: the tests run two at a time against one server, and 60 messages in
    // the lobby pushed another test's first entries out of its log's drawn rows.
    await a!.page.getByLabel('Room', { exact: true }).selectOption('chemistry');
    await a!.button('Join room').click();
    await expect(a!.page.getByRole('list', { name: /Messages in room "chemistry"/ })).toBeVisible();
    await a!.button('Send 60 messages at once').click();
    await expect(a!.entries('error', 'RateLimited').first()).toBeVisible();
    await expect(state(a!)).toHaveAttribute('data-state', 'open');
    // The server acknowledged the first ones only: the others are marked after a moment. Only
    // sent entries are shown, so the newest of them are in view.
    for (const direction of ['received', 'rejected', 'error', 'status'])
      await a!.page.getByRole('checkbox', { name: direction, exact: false }).uncheck();
    const unconfirmed = a!.log.locator('[data-direction="sent"]:has([data-no-receipt])');
    await expect(unconfirmed.first()).toBeVisible();
    await unconfirmed.last().click();
    await expect(a!.page.getByTestId('why-not-arrived')).toContainText('over the rate limit');
  });

  test('a manual disconnect stays disconnected and refuses to send, with a reason', async ({
    context,
  }) => {
    const [a] = await openTabs(context, PATH, 1);
    await a!.button('Disconnect').click();
    await expect(state(a!)).toHaveAttribute('data-state', 'closed');
    await expect(a!.page.getByText('You disconnected')).toBeVisible();
    await a!.send('nobody hears this');
    await expect(a!.page.getByRole('alert')).toContainText('disconnected: press Connect');
    await expect(a!.messageBox).toHaveValue('nobody hears this');
    await expect(a!.page.getByTestId('ws-retry')).toHaveCount(0);
    await a!.button('Connect').click();
    await expect(state(a!)).toHaveAttribute('data-state', 'open');
  });

  test('the teacher drops every connection: tabs come back and queued messages arrive', async ({
    browser,
    request,
  }) => {
    // Two browser contexts: a context shares one clock, and only A's will stand still.
    const contexts = [await browser.newContext(), await browser.newContext()];
    const [a, b] = (
      await Promise.all(contexts.map((context) => openTabs(context, PATH, 1)))
    ).flat();
    // A's clock stands still from here, so its reconnect waits while the test types.
    await a!.page.clock.install();
    await a!.page.clock.pauseAt(Date.now() + 1000);
    const response = await request.post('/api/admin/drop', { data: { how: 'terminate' } });
    expect(response.ok()).toBe(true);
    await expect(state(a!)).toHaveAttribute('data-state', 'closed');
    await expect(a!.page.getByTestId('ws-retry')).toContainText('attempt 1');
    const first = unique('queued one');
    const second = unique('queued two');
    await a!.send(first);
    await a!.send(second);
    await expect(a!.page.getByTestId('ws-queued')).toHaveText('2');
    // B is back on its own (its clock runs), then A's time moves on.
    await expect(state(b!)).toHaveAttribute('data-state', 'open');
    await a!.page.clock.resume();
    await expect(state(a!)).toHaveAttribute('data-state', 'open');
    await expect(live(b!, 'received', first)).toHaveCount(1);
    await expect(live(b!, 'received', second)).toHaveCount(1);
    await expect(a!.page.getByTestId('ws-queued')).toHaveText('0');
    await expect(a!.entries('status', '2 queued messages sent')).toHaveCount(1);
    await expect(
      a!.page.getByRole('table', { name: 'Closes' }).locator('tr[data-code="1006"]'),
    ).toHaveCount(1);
    await Promise.all(contexts.map((context) => context.close()));
  });
});
