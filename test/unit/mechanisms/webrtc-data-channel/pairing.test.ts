import { describe, expect, it } from 'vitest';
import { nextStep } from '../../../../src/mechanisms/webrtc-data-channel/pairing';
import type { Signal } from '../../../../src/mechanisms/webrtc-data-channel/protocol';
import type { PeerRef } from '../../../../src/shared/envelope';

const peer = (id: string, name: string): PeerRef => ({ id, name, color: '#336699', kind: 'tab' });
const ME = peer('me', 'Me');
const ADA = peer('ada', 'Ada');
const BO = peer('bo', 'Bo');
const hello = (from: PeerRef, reply = false, to: string | null = null): Signal => ({
  rtc: 1,
  from,
  to,
  type: 'hello',
  reply,
});
const offer = (from: PeerRef): Signal => ({
  rtc: 1,
  from,
  to: ME.id,
  type: 'description',
  description: { type: 'offer', sdp: 'v=0' },
});

describe('pairing', () => {
  it('answers a newcomer and offers; a reply pairs without offering', () => {
    expect(nextStep(ME, null, hello(ADA))).toEqual({
      do: 'pair',
      with: ADA,
      reply: true,
      offer: true,
    });
    expect(nextStep(ME, null, hello(ADA, true, ME.id))).toEqual({
      do: 'pair',
      with: ADA,
      reply: false,
      offer: false,
    });
  });

  it('skips its own signals and those addressed to other tabs', () => {
    expect(nextStep(ME, null, hello(ME))).toEqual({ do: 'skip' });
    expect(nextStep(ME, ADA, { ...offer(BO), to: 'someone-else' })).toEqual({ do: 'skip' });
    expect(nextStep(ME, ADA, hello(ADA, true, ME.id))).toEqual({ do: 'skip' });
  });

  it('turns a third tab away, saying who it is paired with', () => {
    expect(nextStep(ME, ADA, hello(BO))).toEqual({
      do: 'reject',
      explanation: 'already paired with Ada: one data channel per pair of tabs',
    });
    expect(nextStep(ME, ADA, offer(BO))).toEqual({
      do: 'reject',
      explanation: "Bo is not this tab's partner",
    });
  });

  it('starts over when the partner reloads or leaves', () => {
    expect(nextStep(ME, ADA, hello(ADA))).toMatchObject({ do: 'pair', with: ADA, offer: true });
    expect(nextStep(ME, ADA, { rtc: 1, from: ADA, to: ME.id, type: 'bye' })).toEqual({
      do: 'unpair',
      why: 'Ada left: waiting for another tab',
    });
  });

  it('hands descriptions and candidates to the negotiation, and glare to an ICE restart', () => {
    expect(nextStep(ME, ADA, offer(ADA))).toEqual({ do: 'negotiate' });
    expect(nextStep(ME, ADA, { rtc: 1, from: ADA, to: ME.id, type: 'glare' })).toEqual({
      do: 'restart-ice',
    });
  });
});
