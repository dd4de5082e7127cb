import { expect, test, type Page } from '@playwright/test';
import { LabPage, openTabs } from './support/lab-page';

const PATH = '/m/webrtc-data-channel';
const LOW_THRESHOLD = 256 * 1024;

const fact = (tab: LabPage, id: string) => tab.page.getByTestId(`rtc-${id}`);
const connected = async (...tabs: LabPage[]) => {
  for (const tab of tabs) await expect(fact(tab, 'connection')).toHaveText('connected');
};
const count = async (page: Page, id: string) =>
  Number((await page.getByTestId(`rtc-${id}`).textContent()) ?? 'NaN');

test.describe('WebRTC data channel', () => {
  test('a message typed in one tab arrives in the other over the data channel', async ({
    context,
  }) => {
    const [a, b] = await openTabs(context, PATH);
    await connected(a!, b!);
    // The handshake is in the log: offer, answer and candidates, as signalling entries.
    for (const tab of [a!, b!]) {
      await expect(tab.entries('status', /signalling (→|←) offer/).first()).toBeVisible();
      await expect(tab.entries('status', /signalling (→|←) answer/).first()).toBeVisible();
      await expect(tab.entries('status', /signalling → ICE candidate/).first()).toBeAttached();
    }
    await expect(fact(a!, 'role')).not.toHaveAttribute(
      'data-role',
      (await fact(b!, 'role').getAttribute('data-role')) ?? '',
    );
    await a!.send('hello, peer to peer');
    const received = b!.entries('received', 'hello, peer to peer');
    await expect(received).toHaveCount(1);
    await expect(received).toHaveAttribute('data-mechanism', 'webrtc-data-channel');
    await b!.send('and back');
    await expect(a!.entries('received', 'and back')).toHaveCount(1);
    await expect(a!.entries('received', 'hello, peer to peer')).toHaveCount(0);
  });

  test('an ArrayBuffer arrives as binary', async ({ context }) => {
    const [a, b] = await openTabs(context, PATH);
    await connected(a!, b!);
    await a!.button('Send binary (4 KiB ArrayBuffer)').click();
    await expect(fact(b!, 'binary-received')).toHaveText('1');
    const entry = b!.entries('received', /ArrayBuffer/);
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText('4096');
  });

  test('an unordered channel with maxRetransmits 0 reads back the same on both sides', async ({
    context,
  }) => {
    const [a, b] = await openTabs(context, PATH);
    await connected(a!, b!);
    await expect(fact(b!, 'ordered')).toHaveText('true');
    await expect(fact(b!, 'max-retransmits')).toHaveText('null');
    await a!.page.getByRole('switch', { name: /^Ordered/ }).uncheck();
    await a!.page.getByRole('switch', { name: /^maxRetransmits: 0/ }).check();
    await a!.button('Open a new channel with these options').click();
    for (const tab of [a!, b!]) {
      await expect(fact(tab, 'ordered')).toHaveText('false');
      await expect(fact(tab, 'max-retransmits')).toHaveText('0');
      await expect(fact(tab, 'ready-state')).toHaveText('open');
    }
    await b!.send('over the unordered channel');
    await expect(a!.entries('received', 'over the unordered channel')).toHaveCount(1);
  });

  test('a burst drains bufferedAmount below the threshold and fires bufferedamountlow', async ({
    context,
  }) => {
    const [a, b] = await openTabs(context, PATH);
    await connected(a!, b!);
    await a!.button(/^Send a burst/).click();
    await expect(fact(a!, 'burst-sent')).toHaveText('32 / 32', { timeout: 20_000 });
    await expect.poll(() => count(a!.page, 'low-events')).toBeGreaterThan(0);
    expect(await count(a!.page, 'burst-peak')).toBeGreaterThan(LOW_THRESHOLD);
    await expect.poll(() => count(a!.page, 'buffered')).toBeLessThanOrEqual(LOW_THRESHOLD);
    await expect(fact(b!, 'binary-received')).toHaveText('32', { timeout: 20_000 });
  });

  test('both tabs offer at once: perfect negotiation still connects', async ({ context }) => {
    const [a, b] = await openTabs(context, PATH);
    await connected(a!, b!);
    await a!.button('Both offer at once').click();
    // The offers crossed: the impolite tab ignored one, the polite tab rolled its own back.
    await expect
      .poll(async () => (await count(a!.page, 'ignored')) + (await count(b!.page, 'ignored')))
      .toBeGreaterThan(0);
    await expect
      .poll(
        async () => (await count(a!.page, 'rolled-back')) + (await count(b!.page, 'rolled-back')),
      )
      .toBeGreaterThan(0);
    for (const tab of [a!, b!]) {
      await expect(fact(tab, 'signaling')).toHaveText('stable');
      await expect(fact(tab, 'failed')).toHaveText('0');
    }
    await connected(a!, b!);
    await a!.send('after the glare');
    await expect(b!.entries('received', 'after the glare')).toHaveCount(1);
  });

  test('two browser contexts signal through the server WebSocket and connect', async ({
    browser,
  }) => {
    const machines = [await browser.newContext(), await browser.newContext()];
    try {
      const tabs: LabPage[] = [];
      for (const machine of machines) {
        const tab = await LabPage.open(machine, PATH);
        await tab.page.getByRole('radio', { name: /^Server WebSocket/ }).check();
        tabs.push(tab);
      }
      const [a, b] = tabs;
      await connected(a!, b!);
      await expect(
        a!.entries('status', /signalling .* WebSocket room|signalling/).first(),
      ).toBeVisible();
      await a!.send('from another machine');
      await expect(b!.entries('received', 'from another machine')).toHaveCount(1);
    } finally {
      for (const machine of machines) await machine.close();
    }
  });

  test('without perfect negotiation, two offers at once end in negotiation errors', async ({
    context,
  }) => {
    const [a, b] = await openTabs(context, PATH);
    await connected(a!, b!);
    for (const tab of [a!, b!])
      await tab.page.getByRole('switch', { name: 'Perfect negotiation' }).uncheck();
    await a!.button('Both offer at once').click();
    const failures = async () =>
      (await count(a!.page, 'failed')) + (await count(b!.page, 'failed'));
    await expect.poll(failures, { timeout: 10_000 }).toBeGreaterThan(0);
    // Each side answered the other's offer, then got an answer it could not apply.
    const failing = (await count(a!.page, 'failed')) > 0 ? a! : b!;
    await expect(
      failing.entries('error', /applying their answer failed: InvalidStateError/).first(),
    ).toBeVisible();
    for (const tab of [a!, b!]) {
      await expect(fact(tab, 'ignored')).toHaveText('0');
      await expect(fact(tab, 'rolled-back')).toHaveText('0');
    }
  });
});
