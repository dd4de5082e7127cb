import { assert, poll, test } from './harness';
import { LabTab } from './lab-tab';

const PATH = '/m/storage-event';

// Only the writing window gets no storage event: a same-origin frame in the same tab does.
// https://html.spec.whatwg.org/multipage/webstorage.html#send-a-storage-notification
test('Firefox: a same-origin frame in the writing tab gets the storage event; the writing window does not', async ({
  context,
  base,
}) => {
  const a = await LabTab.open(context, `${base}${PATH}`);
  await a.waitForEntry('status', 'open');
  await a.see('heard no storage event yet');
  await a.send('written in this tab');
  await a.see('This frame heard one storage event, for key "comms-lab:message".');
  const frame = await a.frame('Same-origin frame in this tab');
  await poll('the frame document to say so', async () =>
    (await frame.text()).includes('heard one storage event'),
  );
  const ownRows = await a.page.evaluate(
    () => document.querySelectorAll('tbody tr[data-key="comms-lab:message"]').length,
  );
  assert(ownRows === 0, `the writing window listed ${ownRows} event(s) for its own write`);
  assert((await a.count('received', 'written in this tab')) === 0, 'the writer logged its write');
});

// Firefox sets its own limit (dom.storage.default_quota, in KiB): measured here, beside
// Chromium's 5,242,880 characters (test/e2e/storage-event.claims.spec.ts).
test(
  'Firefox accepts about 5,242,880 characters too, and the meter shows what was measured',
  async ({ context, base, measured }) => {
    const a = await LabTab.open(context, `${base}${PATH}`);
    await a.waitForEntry('status', 'open');
    await a.see('The limit is not measured yet');
    await a.click('Fill the quota');
    const text = await poll(
      'the quota to be filled',
      async () => {
        const all = await a.text();
        return all.includes('QuotaExceededError') && /holds ([\d,]+) characters/.exec(all);
      },
      45_000,
    );
    const holds = Number(text[1]!.replace(/,/g, ''));
    const counted = await a.page.evaluate(() =>
      Object.keys(localStorage).reduce(
        (sum, key) => sum + key.length + (localStorage.getItem(key) ?? '').length,
        0,
      ),
    );
    measured(`localStorage holds ${holds} characters (counted in the page: ${counted})`);
    assert(holds === counted, `the page says ${holds}, the storage holds ${counted}`);
    // 5 MiB counted in characters; the page fills to 512-character resolution.
    assert(holds <= 5 * 1024 * 1024, `${holds} is over 5,242,880`);
    assert(holds > 5 * 1024 * 1024 - 1024, `${holds} is well under 5,242,880`);
    await a.see(`of ${holds.toLocaleString('en-US')} characters`);
  },
  { timeoutMs: 90_000 },
);
