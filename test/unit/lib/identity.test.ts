import { describe, expect, it } from 'vitest';
import { loadTabIdentity, PEER_WINDOW_PREFIX } from '../../../src/lib/identity';

describe('loadTabIdentity', () => {
  it('keeps a tab’s identity across reloads', () => {
    const first = loadTabIdentity('');
    expect(loadTabIdentity('')).toEqual(first);
  });

  it('gives a side-by-side peer its own identity although its sessionStorage is a copy', () => {
    const opener = loadTabIdentity('');
    // The popup starts with the opener's sessionStorage (this test's storage stands in for it).
    const peer = loadTabIdentity(`${PEER_WINDOW_PREFIX}1`);
    expect(peer.id).not.toBe(opener.id);
    expect(peer.index).not.toBe(opener.index);
    // Reloading the peer keeps the peer's identity.
    expect(loadTabIdentity(`${PEER_WINDOW_PREFIX}1`)).toEqual(peer);
  });
});
