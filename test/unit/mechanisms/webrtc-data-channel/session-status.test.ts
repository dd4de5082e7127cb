import { describe, expect, it } from 'vitest';
import {
  createSession,
  SIGNALS_HELD,
} from '../../../../src/mechanisms/webrtc-data-channel/session';
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

// The page subscribes a commit after the transport connects (use-transports.ts, use-rtc.ts): what
// the session signals in between still reaches the log, once.
describe('the WebRTC session, before the page listens', () => {
  it('holds its signals and hands them to the page when it subscribes', () => {
    const session = createSession(ME, 'this-browser', () => {});
    session.signallingReady();
    const heard: string[] = [];
    const off = session.onSignal(({ dir, signal }) => heard.push(`${dir} ${signal.type}`));
    expect(heard).toEqual(['out hello']);
    off();
    session.onSignal(({ dir, signal }) => heard.push(`again ${dir} ${signal.type}`));
    expect(heard).toEqual(['out hello']);
  });

  it('holds a bounded number, and says in the log how many it did not keep', () => {
    const session = createSession(ME, 'this-browser', () => {});
    for (let i = 0; i < SIGNALS_HELD + 6; i++) session.signallingReady();
    let signals = 0;
    session.onSignal(() => signals++);
    const notes: string[] = [];
    session.onNote((note) => notes.push(note.summary));
    expect(signals).toBe(SIGNALS_HELD);
    expect(notes).toEqual([`early signals not shown: 6 (the page holds ${SIGNALS_HELD})`]);
  });
});
