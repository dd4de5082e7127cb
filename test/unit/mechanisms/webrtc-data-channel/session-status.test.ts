import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/mechanisms/webrtc-data-channel/session';
import { texts } from '../../../../src/mechanisms/webrtc-data-channel/status';
import type { TransportEvent } from '../../../../src/lib/transport-types';

const ME = { id: 'me', name: 'Me', color: '#336699', kind: 'tab' } as const;

// The log's line when signalling opens names the way in words the room reads ("this browser"),
// not the switch's id ("this-browser", a reviewer found in the log); both languages read it back.
describe('the WebRTC session, signalling open', () => {
  it.each([
    ['this-browser', texts['rtc.status.viaBrowser']],
    ['server', texts['rtc.status.viaServer']],
  ] as const)('over %s says "%s"', (via, words) => {
    const session = createSession(ME, via, () => {});
    const seen: TransportEvent[] = [];
    session.subscribe((event) => seen.push(event));
    session.signallingReady();
    const line = seen.find((event) => event.type === 'status');
    expect(line).toMatchObject({
      status: 'connecting',
      reason: `signalling open (${words}): waiting for another tab`,
    });
    expect(words).not.toMatch(/-/);
  });
});
