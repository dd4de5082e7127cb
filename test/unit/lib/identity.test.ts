import { describe, expect, it } from 'vitest';
import { identityTag, loadTabIdentity, PEER_WINDOW_PREFIX } from '../../../src/lib/identity';

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

describe('identities across machines', () => {
  it('a fresh browser’s first tab does not always get the first colour and animal', () => {
    const firsts = new Set<number>();
    for (let machine = 0; machine < 12; machine++) {
      // A fresh browser: nothing in either storage.
      localStorage.clear();
      sessionStorage.clear();
      firsts.add(loadTabIdentity('').index);
    }
    // Twelve random starts among 144 pairs all landing on one is a chance of 144^-11.
    expect(firsts.size).toBeGreaterThan(1);
  });

  it('tags every identity with four characters of its random id', () => {
    localStorage.clear();
    sessionStorage.clear();
    const one = loadTabIdentity('');
    sessionStorage.clear();
    const two = loadTabIdentity('');
    expect(identityTag(one)).toMatch(/^[0-9a-f]{4}$/);
    expect(identityTag(one)).toBe(one.id.slice(4, 8));
    expect(two.id).not.toBe(one.id);
  });
});
