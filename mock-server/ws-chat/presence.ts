// Who is in a room, kept in the hub with an expiry (refreshed at every pong, so a member whose
// process vanished is forgotten), and joins and leaves announced per room in batches: with a class
// of 30 that is at once; with 5,000 joining it is not 5,000 × 5,000 messages.
import type { Member, ServerBodies } from '../../src/shared/server-protocol';
import { WS_LIMITS } from '../../src/shared/server-protocol';
import type { Hub } from '../hub/types';
import { roomTopic } from '../hub/topics';

type Pending = { join: string[]; leave: string[] };

export function createPresence(hub: Hub, options: { everyMs: number; ttlMs: number }) {
  const pending = new Map<string, Pending>();

  async function presenceOf(room: string): Promise<ServerBodies['presence']> {
    const { members, total } = await hub.presence.list(room, WS_LIMITS.membersShown);
    return { room, members, total };
  }

  async function flush(room: string) {
    const entry = pending.get(room);
    pending.delete(room);
    if (!entry) return;
    const presence = await presenceOf(room);
    if (presence.total === 0) return; // the room emptied: nobody to tell
    const topic = roomTopic(room);
    for (const event of ['join', 'leave'] as const) {
      const names = entry[event];
      if (names.length === 0) continue;
      const body = { event, names: names.slice(0, 5), more: Math.max(0, names.length - 5), room };
      await hub.publish(topic, { kind: 'notice', data: JSON.stringify(body) }, { keep: false });
    }
    await hub.publish(topic, { kind: 'presence', data: JSON.stringify(presence) }, { keep: false });
  }

  return {
    presenceOf,
    enter: (room: string, member: Member) => hub.presence.join(room, member, options.ttlMs),
    leave: (room: string, id: string) => hub.presence.leave(room, id),
    announce(room: string, event: 'join' | 'leave', name: string) {
      let entry = pending.get(room);
      if (!entry) {
        entry = { join: [], leave: [] };
        pending.set(room, entry);
        setTimeout(() => {
          flush(room).catch((error: unknown) => console.error('[comms-lab] presence', error));
        }, options.everyMs).unref();
      }
      entry[event].push(name);
    },
    /** Says at once (not batched) that a member renamed, and the new list. */
    async renamed(room: string, previous: string, name: string) {
      const body = { event: 'rename' as const, names: [name], more: 0, previous, room };
      const topic = roomTopic(room);
      await hub.publish(topic, { kind: 'notice', data: JSON.stringify(body) }, { keep: false });
      const presence = await presenceOf(room);
      await hub.publish(
        topic,
        { kind: 'presence', data: JSON.stringify(presence) },
        { keep: false },
      );
    },
  };
}
