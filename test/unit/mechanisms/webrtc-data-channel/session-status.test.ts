import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createSession,
  heldDropped,
  SIGNALS_HELD,
} from '../../../../src/mechanisms/webrtc-data-channel/session';
import type { PageEvent } from '../../../../src/mechanisms/webrtc-data-channel/state';
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
// the session signals in between still reaches the log, once, in the order it happened and stamped
// with when it happened (not when it was handed on: it then read as coming after "paired with …").
describe('the WebRTC session, before the page listens', () => {
  afterEach(() => vi.restoreAllMocks());
  const heard = (session: ReturnType<typeof createSession>, into: string[]) =>
    session.onPageEvent((event) =>
      into.push(
        event.kind === 'signal' ? `${event.dir} ${event.signal.type}` : `note ${event.summary}`,
      ),
    );

  it('holds its signals and hands them to the page when it subscribes', () => {
    const session = createSession(ME, 'this-browser', () => {});
    session.signallingReady();
    const lines: string[] = [];
    const off = heard(session, lines);
    expect(lines).toEqual(['out hello']);
    off();
    session.onPageEvent(() => lines.push('again'));
    expect(lines).toEqual(['out hello']);
  });

  it('hands signals and notes on in the order they happened, each with its own time', () => {
    const clock = vi.spyOn(performance, 'now');
    const session = createSession(ME, 'this-browser', () => {});
    clock.mockReturnValue(1_000);
    session.signallingReady();
    clock.mockReturnValue(2_000);
    session.signallingLost('the WebSocket closed (1006)');
    clock.mockReturnValue(3_000);
    session.signallingReady();
    clock.mockReturnValue(9_000);
    const events: PageEvent[] = [];
    session.onPageEvent((event) => events.push(event));
    expect(events.map((e) => e.kind)).toEqual(['signal', 'note', 'signal']);
    const origin = performance.timeOrigin;
    expect(events.map((e) => e.at - origin)).toEqual([1_000, 2_000, 3_000]);
  });

  it('holds a bounded number, and says in the log how many it did not keep', () => {
    const session = createSession(ME, 'this-browser', () => {});
    for (let i = 0; i < SIGNALS_HELD + 4; i++) session.signallingReady();
    session.signallingLost('gone');
    session.signallingLost('gone again');
    const lines: string[] = [];
    heard(session, lines);
    // The line about what was lost comes first: the oldest went.
    expect(lines[0]).toBe(`note ${heldDropped(6)}`);
    expect(lines).toHaveLength(SIGNALS_HELD + 1);
    // Notes are held in the same queue and the same bound: the newest are kept.
    expect(lines.slice(-2)).toEqual([
      'note signalling lost: gone',
      'note signalling lost: gone again',
    ]);
    expect(heldDropped(6)).toBe(
      `early handshake lines not shown: 6 (the page holds ${SIGNALS_HELD})`,
    );
  });
});
