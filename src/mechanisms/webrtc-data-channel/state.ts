// What the page shows of one tab's side, as plain data (a snapshot per change: useSnapshot).
import type { PeerRef } from '../../shared/envelope';
import { describeChannel, type BurstState, type ChannelInfo } from './channel';
import type { Collisions, PeerLink, StateChange } from './negotiation';
import { isPolite, type Signal } from './protocol';

export type Via = 'this-browser' | 'server';

/** A line the page writes to the log itself: a collision, a failure, a lost signalling path. */
export type PageNote = {
  direction: 'status' | 'error';
  summary: string;
  detail?: Record<string, unknown>;
};
export type SignalNote = { dir: 'out' | 'in'; signal: Signal };
/**
 * What the page logs of the handshake, in the order it happened and stamped when it did: the
 * session may hold these before the page listens (session.ts), and hands them on as they were.
 */
export type PageEvent = { at: number } & (
  ({ kind: 'signal' } & SignalNote) | ({ kind: 'note' } & PageNote)
);

export type RtcState = {
  via: Via;
  signallingOpen: boolean;
  peer: PeerRef | null;
  role: 'polite' | 'impolite' | null;
  perfect: boolean;
  connection: RTCPeerConnectionState | 'none';
  ice: RTCIceConnectionState | 'none';
  signaling: RTCSignalingState | 'none';
  history: StateChange[];
  collisions: Collisions;
  channel: ChannelInfo | null;
  burst: BurstState;
  binaryReceived: number;
};

export const EMPTY_STATE: RtcState = {
  via: 'this-browser',
  signallingOpen: false,
  peer: null,
  role: null,
  perfect: true,
  connection: 'none',
  ice: 'none',
  signaling: 'none',
  history: [],
  collisions: { ignored: 0, rolledBack: 0, failed: 0 },
  channel: null,
  burst: { running: false, sent: 0, total: 0, peak: 0, lowEvents: 0, samples: [] },
  binaryReceived: 0,
};

type Parts = {
  via: Via;
  signallingOpen: boolean;
  peer: PeerRef | null;
  self: PeerRef;
  perfect: boolean;
  link: PeerLink | null;
  current: { ch: RTCDataChannel; openedHere: boolean } | null;
  burst: BurstState;
  binaryReceived: number;
};

export function snapshot(p: Parts): RtcState {
  const pc = p.link?.pc;
  return {
    via: p.via,
    signallingOpen: p.signallingOpen,
    peer: p.peer,
    role: p.peer ? (isPolite(p.self, p.peer) ? 'polite' : 'impolite') : null,
    perfect: p.perfect,
    connection: pc?.connectionState ?? 'none',
    ice: pc?.iceConnectionState ?? 'none',
    signaling: pc?.signalingState ?? 'none',
    history: [...(p.link?.history() ?? [])],
    collisions: { ...(p.link?.collisions() ?? EMPTY_STATE.collisions) },
    channel: p.current ? describeChannel(p.current.ch, p.current.openedHere) : null,
    burst: p.burst,
    binaryReceived: p.binaryReceived,
  };
}
