import { assert, poll, test } from './harness';
import { LabTab } from './lab-tab';

// ServiceWorker claims about browsers in general, shown in Firefox as test/e2e shows them in
// Chromium. https://w3c.github.io/ServiceWorker/#dom-clients-claim
const PATH = '/m/service-worker';

const activated = (tab: LabTab) =>
  poll('the worker to be activated', () =>
    tab.page.evaluate(() =>
      (document.querySelector('tr[data-slot="active"]')?.textContent ?? '').includes('activated'),
    ),
  );
const controller = (tab: LabTab) =>
  tab.page.evaluate(() => document.querySelector('[data-testid="controller"]')?.textContent ?? '');

test('Firefox: a page loaded while the worker is active is controlled without claim()', async ({
  context,
  base,
}) => {
  const a = await LabTab.open(context, `${base}${PATH}`);
  await activated(a);
  // The page that registered the worker is not controlled…
  assert((await controller(a)).includes('not controlled'), 'the registering page is controlled');
  // …but a page that loads now is, at once, and nobody called claim().
  const b = await LabTab.open(context, `${base}${PATH}`);
  await poll('the later page to be controlled', async () =>
    (await controller(b)).includes('controlled by worker v1'),
  );
  assert(
    await b.page.evaluate(() => navigator.serviceWorker.controller !== null),
    'navigator.serviceWorker.controller is null',
  );
  assert((await controller(a)).includes('not controlled'), 'the registering page got control');
  await b.select('Relay to', 'every tab, this one too');
  await b.send('controlled without claim');
  await b.waitForEntry('received', 'controlled without claim');
});

test('Firefox: 127.0.0.1 is a secure context: the worker registers and relays there', async ({
  context,
  origins,
}) => {
  const a = await LabTab.open(context, `${origins.loopback}${PATH}`);
  const secure = await a.page.evaluate(() => [location.protocol, window.isSecureContext]);
  assert(secure[0] === 'http:' && secure[1] === true, `127.0.0.1 gave ${secure.join(', ')}`);
  await activated(a);
  await a.click('Claim this page (clients.claim)');
  await poll('the page to be claimed', async () =>
    (await controller(a)).includes('controlled by worker v1'),
  );
  const b = await LabTab.open(context, `${origins.loopback}${PATH}`);
  await poll('the later page to be controlled', async () =>
    (await controller(b)).includes('controlled by worker v1'),
  );
  await a.send('over plain http on 127.0.0.1');
  await b.waitForEntry('received', 'over plain http on 127.0.0.1');
});

// A LAN-like origin that Firefox resolves to loopback (network.dns.localDomains) but that is not
// potentially trustworthy. https://w3c.github.io/webappsec-secure-contexts/#is-origin-trustworthy
test('Firefox: on a non-secure origin a dedicated Worker runs while navigator.serviceWorker is absent', async ({
  context,
  origins,
}) => {
  const a = await LabTab.open(context, `${origins.lan}${PATH}`);
  await a.see('ServiceWorkers need a secure context');
  await a.see('dedicated and shared workers still can');
  const flags = await a.page.evaluate(() => [window.isSecureContext, 'serviceWorker' in navigator]);
  assert(flags[0] === false && flags[1] === false, `isSecureContext, serviceWorker: ${flags}`);
  await a.click('Start a dedicated worker here');
  await a.see('A dedicated worker started');
  await a.see('(isSecureContext in it: false)');
});

// Firefox too stops an idle worker (dom.serviceWorkers.idle_timeout, 30 s) and starts a fresh one
// for the next event. Firefox reports no worker state to the harness, so the test waits 40 s quiet.
test(
  'Firefox: a quiet page lets the worker stop on its own; the next message starts a fresh one',
  async ({ context, base, measured }) => {
    const a = await LabTab.open(context, `${base}${PATH}`);
    await activated(a);
    await a.click('Claim this page (clients.claim)');
    await poll('the page to be claimed', async () =>
      (await controller(a)).includes('controlled by worker v1'),
    );
    await a.select('Relay to', 'every tab, this one too');
    for (const text of ['before going quiet', 'and once more']) await a.send(text);
    const relayed = () =>
      a.page.evaluate(() => document.querySelector('[data-testid="relayed"]')?.textContent);
    const startedAt = () =>
      a.page.evaluate(
        () =>
          document.querySelector('dl[aria-label="Worker counters"] div:last-child dd')?.textContent,
      );
    await poll('both relayed', async () => (await relayed()) === '2');
    const before = await startedAt();
    await a.check('switch', 'Let the worker go quiet');
    await new Promise((resolve) => setTimeout(resolve, 40_000));
    await a.send('after the worker stopped');
    await a.waitForEntry('received', 'after the worker stopped');
    await poll('the counter to start again from 0', async () => (await relayed()) === '1');
    const after = await startedAt();
    assert(after && after !== before, `"Started at" stayed ${before}`);
    measured(`quiet for 40 s: the worker started ${before}, then again at ${after}`);
  },
  { timeoutMs: 180_000, slow: true },
);
