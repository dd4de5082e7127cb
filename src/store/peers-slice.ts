import type { StateCreator } from 'zustand';
import type { PeerRef } from '../shared/envelope';
import type { AppState } from './index';

export type SeenPeer = { peer: PeerRef; lastSeen: number };

/** A peer seen again within this long, unchanged, is not worth a store update (and a render). */
export const PRESENCE_REFRESH_MS = 1000;

/** Presence per group (a mechanism plus its address, e.g. `<mechanism id>:comms-lab`). */
export type PeersSlice = {
  peers: Record<string, Record<string, SeenPeer>>;
  seePeer: (group: string, peer: PeerRef, at: number) => void;
  forgetPeer: (group: string, peerId: string) => void;
  forgetGroup: (group: string) => void;
  prunePeers: (olderThan: number) => void;
};

const samePeer = (a: PeerRef, b: PeerRef) =>
  a.name === b.name && a.color === b.color && a.kind === b.kind;

export const createPeersSlice: StateCreator<AppState, [], [], PeersSlice> = (set) => ({
  peers: {},
  seePeer: (group, peer, at) =>
    set((s) => {
      // A flood of messages from one peer must not become a flood of renders.
      const known = s.peers[group]?.[peer.id];
      if (known && samePeer(known.peer, peer) && at - known.lastSeen < PRESENCE_REFRESH_MS)
        return s;
      return {
        peers: { ...s.peers, [group]: { ...s.peers[group], [peer.id]: { peer, lastSeen: at } } },
      };
    }),
  forgetPeer: (group, peerId) =>
    set((s) => {
      const { [peerId]: _gone, ...rest } = s.peers[group] ?? {};
      return { peers: { ...s.peers, [group]: rest } };
    }),
  forgetGroup: (group) =>
    set((s) => {
      const { [group]: _gone, ...rest } = s.peers;
      return { peers: rest };
    }),
  prunePeers: (olderThan) =>
    set((s) => {
      let changed = false;
      const next: PeersSlice['peers'] = {};
      for (const [group, members] of Object.entries(s.peers)) {
        const kept = Object.fromEntries(
          Object.entries(members).filter(([, seen]) => seen.lastSeen >= olderThan),
        );
        if (Object.keys(kept).length !== Object.keys(members).length) changed = true;
        next[group] = kept;
      }
      return changed ? { peers: next } : s;
    }),
});
