import { describe, expect, it } from 'vitest';
import {
  candidateSummary,
  decodeSignal,
  describeSignal,
  isPolite,
  MAX_SDP,
} from '../../../../src/mechanisms/webrtc-data-channel/protocol';
import type { PeerRef } from '../../../../src/shared/envelope';

const A: PeerRef = { id: 'tab-a', name: 'Ada', color: '#336699', kind: 'tab' };
const B: PeerRef = { id: 'tab-b', name: 'Bo', color: '#993366', kind: 'tab' };
const SDP = 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n';
const LINE = 'candidate:1 1 udp 2113937151 192.0.2.2 45150 typ host generation 0';
const base = { rtc: 1, from: A, to: 'tab-b' };

const reason = (data: unknown) => {
  const decoded = decodeSignal(data);
  if (decoded.ok) throw new Error('expected a rejection');
  return decoded.reason;
};

describe('decodeSignal', () => {
  it('accepts each kind of signal and keeps only what it knows', () => {
    const offer = decodeSignal({
      ...base,
      type: 'description',
      description: { type: 'offer', sdp: SDP },
      extra: 1,
    });
    expect(offer).toEqual({
      ok: true,
      signal: { ...base, type: 'description', description: { type: 'offer', sdp: SDP } },
    });
    expect(decodeSignal({ ...base, to: null, type: 'hello' })).toEqual({
      ok: true,
      signal: { ...base, to: null, type: 'hello', reply: false },
    });
    const candidate = decodeSignal({
      ...base,
      type: 'candidate',
      candidate: { candidate: LINE, sdpMid: '0', sdpMLineIndex: 0 },
    });
    expect(
      candidate.ok && candidate.signal.type === 'candidate' && candidate.signal.candidate,
    ).toEqual({
      candidate: LINE,
      sdpMid: '0',
      sdpMLineIndex: 0,
      usernameFragment: null,
    });
    expect(decodeSignal({ ...base, type: 'candidate', candidate: null }).ok).toBe(true);
    expect(decodeSignal({ ...base, type: 'glare' }).ok).toBe(true);
    expect(decodeSignal({ ...base, type: 'bye' }).ok).toBe(true);
  });

  it('rejects what is not a signal, saying why', () => {
    expect(reason('hello')).toBe('a signal is an object, not string');
    expect(reason(null)).toBe('a signal is an object, not null');
    expect(reason({ type: 'hello', from: A })).toMatch(/rtc: 1 is missing/);
    expect(reason({ rtc: 1, type: 'hello', from: { id: 'x' } })).toMatch(/^from: /);
    expect(reason({ ...base, to: 5, type: 'hello' })).toMatch(/to must be a tab id or null/);
    expect(reason({ ...base, type: 'shout' })).toMatch(/unknown type "shout"/);
  });

  it('rejects broken descriptions and candidates with a clear message', () => {
    expect(
      reason({ ...base, type: 'description', description: { type: 'pranswer', sdp: SDP } }),
    ).toBe('description.type must be "offer" or "answer"');
    expect(
      reason({ ...base, type: 'description', description: { type: 'offer', sdp: '<b>' } }),
    ).toMatch(/must be SDP text/);
    expect(
      reason({
        ...base,
        type: 'description',
        description: { type: 'offer', sdp: `v=0${'a'.repeat(MAX_SDP)}` },
      }),
    ).toMatch(/over 32768 characters/);
    expect(reason({ ...base, type: 'candidate' })).toMatch(/needs candidate \(or null\)/);
    expect(reason({ ...base, type: 'candidate', candidate: 'x' })).toMatch(/object or null/);
    expect(reason({ ...base, type: 'candidate', candidate: { candidate: 7 } })).toBe(
      'candidate.candidate must be a string',
    );
    expect(
      reason({ ...base, type: 'candidate', candidate: { candidate: LINE, sdpMLineIndex: -1 } }),
    ).toMatch(/whole number or null/);
  });
});

describe('describing signals', () => {
  it('names a candidate by protocol, address, port and type', () => {
    expect(candidateSummary(LINE)).toBe('udp 192.0.2.2:45150 host');
    expect(candidateSummary('garbage')).toBe('garbage');
  });

  it('counts SDP lines instead of printing them', () => {
    const decoded = decodeSignal({
      ...base,
      type: 'description',
      description: { type: 'answer', sdp: SDP },
    });
    if (!decoded.ok) throw new Error(decoded.reason);
    expect(describeSignal(decoded.signal)).toBe('answer (SDP, 4 lines)');
  });

  it('gives exactly one side of a pair the polite role', () => {
    expect(isPolite(A, B)).not.toBe(isPolite(B, A));
  });
});
