// What the leader tells the other tabs over BroadcastChannel: each feed event it got from the
// server, with the server's id, so every follower can tell a gap from a duplicate.
import { parsePeer, type PeerRef } from '../../shared/envelope';

export type Relay = { relay: 'feed'; type: string; id: string; data: unknown; by: PeerRef };

export function parseRelay(data: unknown): Relay | null {
  if (typeof data !== 'object' || data === null) return null;
  const r = data as Record<string, unknown>;
  if (r.relay !== 'feed' || typeof r.type !== 'string' || typeof r.id !== 'string') return null;
  const by = parsePeer(r.by);
  return typeof by === 'string'
    ? null
    : { relay: 'feed', type: r.type, id: r.id, data: r.data, by };
}

/** Each tab also holds a lock named after itself, so navigator.locks.query() can say who is who. */
export const TAB_LOCK = 'comms-lab-tab:';
export const tabLockName = (peer: PeerRef) => `${TAB_LOCK}${peer.id}:${peer.name}`;

type LockInfo = { name?: string; clientId?: string };
export type LockQueue = { holder: string | null; pending: string[] };

/** The leader lock's holder and waiting line, by tab name (clientIds matched via the tab locks). */
export function describeQueue(
  snapshot: { held?: LockInfo[]; pending?: LockInfo[] },
  lockName: string,
): LockQueue {
  const names = new Map<string, string>();
  for (const lock of snapshot.held ?? [])
    if (lock.name?.startsWith(TAB_LOCK) && lock.clientId)
      names.set(lock.clientId, lock.name.slice(TAB_LOCK.length).split(':').slice(1).join(':'));
  const nameOf = (lock: LockInfo) => names.get(lock.clientId ?? '') ?? lock.clientId ?? '?';
  const holder = (snapshot.held ?? []).find((lock) => lock.name === lockName);
  return {
    holder: holder ? nameOf(holder) : null,
    pending: (snapshot.pending ?? []).filter((lock) => lock.name === lockName).map(nameOf),
  };
}
