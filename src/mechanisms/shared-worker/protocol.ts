// What tabs and the hub (one SharedWorker for the whole origin) say besides relayed envelopes.
// Plain data, so it survives structured clone both ways. Checked on arrival: a port is a boundary.
import { parsePeer, type PeerRef } from '../../shared/envelope';

/** How often each tab says it is alive, and how long the hub waits before it gives up on one. */
export const HEARTBEAT_MS = 1000;
export const SILENCE_MS = 3500;

export type TabToHub =
  | { hub: 'hello'; peer: PeerRef }
  | { hub: 'heartbeat' }
  /** Sent on pagehide. Without it the hub only notices a closed tab when its heartbeats stop. */
  | { hub: 'bye' };

export type PortInfo = { port: string; peer: PeerRef; since: number };
export type Departure = { peer: PeerRef; why: 'goodbye' | 'silent' };

export type HubToTab =
  | {
      hub: 'state';
      /** Chosen when the worker starts: every tab sees the same one while the worker lives. */
      hubId: string;
      startedAt: number;
      relayed: number;
      ports: PortInfo[];
      you: string;
      departed?: Departure;
    }
  | { hub: 'relayed'; ref: string; to: number };

export function parseTabMessage(data: unknown): TabToHub | null {
  if (typeof data !== 'object' || data === null) return null;
  const hub = (data as { hub?: unknown }).hub;
  if (hub === 'heartbeat' || hub === 'bye') return { hub };
  if (hub !== 'hello') return null;
  const peer = parsePeer((data as { peer?: unknown }).peer);
  return typeof peer === 'string' ? null : { hub, peer };
}

export const isHubMessage = (data: unknown): data is HubToTab =>
  typeof data === 'object' &&
  data !== null &&
  ((data as { hub?: unknown }).hub === 'state' || (data as { hub?: unknown }).hub === 'relayed');
