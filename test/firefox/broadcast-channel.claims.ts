import { assert, poll, test } from './harness';
import { LabTab } from './lab-tab';

// BroadcastChannel skips only the object that posted, not the tab: the same in Firefox.
// https://html.spec.whatwg.org/multipage/web-messaging.html#dom-broadcastchannel-postmessage
test('Firefox: a second BroadcastChannel object in the sending tab receives the message', async ({
  context,
  base,
}) => {
  const a = await LabTab.open(context, `${base}/m/broadcast-channel`);
  const b = await LabTab.open(context, `${base}/m/broadcast-channel`);
  await Promise.all([a, b].map((tab) => tab.waitForEntry('status', 'open')));
  await a.check('checkbox', 'A second channel object in this tab');
  await a.see('listening on #comms-lab');
  await a.send('heard in my own tab');
  await poll('the second object to hear it', async () =>
    /heard one message: .*heard in my own tab/.test(await a.text()),
  );
  // The other tab got it as usual; the page's own (posting) object did not.
  await b.waitForEntry('received', 'heard in my own tab');
  assert((await a.count('received', 'heard in my own tab')) === 0, 'the posting object heard it');
});
