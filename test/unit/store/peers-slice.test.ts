import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/store';
import { PRESENCE_REFRESH_MS } from '../../../src/store/peers-slice';
import { peerA, peerB } from '../helpers';

describe('peers slice', () => {
  it('records peers per group and forgets them', () => {
    const store = createAppStore();
    store.getState().seePeer('bc:lab', peerA, 1000);
    store.getState().seePeer('bc:lab', peerB, 1000);
    expect(Object.keys(store.getState().peers['bc:lab'] ?? {})).toEqual([peerA.id, peerB.id]);
    store.getState().forgetPeer('bc:lab', peerA.id);
    expect(Object.keys(store.getState().peers['bc:lab'] ?? {})).toEqual([peerB.id]);
  });

  it('does not update the store for a peer seen again moments ago, so a flood is not a flood of renders', () => {
    const store = createAppStore();
    let updates = 0;
    store.subscribe(() => updates++);
    for (let at = 0; at < 500; at++) store.getState().seePeer('bc:lab', peerA, 10_000 + at);
    expect(updates).toBe(1);
    store.getState().seePeer('bc:lab', peerA, 10_000 + PRESENCE_REFRESH_MS);
    expect(updates).toBe(2);
    store
      .getState()
      .seePeer('bc:lab', { ...peerA, name: 'Renamed' }, 10_000 + PRESENCE_REFRESH_MS + 1);
    expect(updates).toBe(3);
  });

  it('prunes peers not seen since a time', () => {
    const store = createAppStore();
    store.getState().seePeer('bc:lab', peerA, 1000);
    store.getState().seePeer('bc:lab', peerB, 5000);
    store.getState().prunePeers(2000);
    expect(Object.keys(store.getState().peers['bc:lab'] ?? {})).toEqual([peerB.id]);
  });
});
