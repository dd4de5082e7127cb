// Presence per room for the memory hub: members with an expiry, forgotten when it passes.
import type { HubPresence, PresenceMember } from './types';

type Held = { member: PresenceMember; expiresAt: number };

export function createMemoryPresence(now: () => number) {
  const rooms = new Map<string, Map<string, Held>>();
  const counters = { expired: 0 };

  function prune(room: string, members: Map<string, Held>) {
    const at = now();
    for (const [id, held] of members)
      if (held.expiresAt <= at) {
        members.delete(id);
        counters.expired++;
      }
    if (members.size === 0) rooms.delete(room);
  }

  const presence: HubPresence = {
    async join(room, member, ttlMs) {
      let members = rooms.get(room);
      if (!members) rooms.set(room, (members = new Map()));
      const held = members.get(member.id);
      // A refresh keeps the member's place in the list (Map keeps insertion order).
      if (held) Object.assign(held, { member: { ...member }, expiresAt: now() + ttlMs });
      else members.set(member.id, { member: { ...member }, expiresAt: now() + ttlMs });
    },
    async leave(room, id) {
      const members = rooms.get(room);
      if (!members) return;
      members.delete(id);
      if (members.size === 0) rooms.delete(room);
    },
    async list(room, limit = 100) {
      const members = rooms.get(room);
      if (!members) return { members: [], total: 0 };
      prune(room, members);
      const list: PresenceMember[] = [];
      for (const held of members.values()) {
        if (list.length >= limit) break;
        list.push({ ...held.member });
      }
      return { members: list, total: members.size };
    },
  };

  return {
    presence,
    sweep() {
      for (const [room, members] of rooms) prune(room, members);
    },
    stats() {
      let members = 0;
      for (const room of rooms.values()) members += room.size;
      return {
        presenceRooms: rooms.size,
        presenceMembers: members,
        expiredMembers: counters.expired,
      };
    },
  };
}
