// Rooms on this server: who is where (for caps and /api/info), joining with the room's history
// then live delivery from the hub (one subscription per member, made before the history is read and
// filtered by where the history ended, so nothing published in between is lost or doubled), and
// leaving.
import type { Member, ServerBodies } from '../../src/shared/server-protocol';
import { WS_LIMITS } from '../../src/shared/server-protocol';
import { parseHubId } from '../hub/ids';
import { roomTopic } from '../hub/topics';
import type { Hub, HubEntry } from '../hub/types';
import { rawServerFrame, serverFrame, type Connection, type Sender } from './connection';
import type { createPresence } from './presence';
import { publisherOf, relayedText } from './relay';
import { said, type ServerSaid } from '../../src/shared/server-words';

export type RoomCaps = { maxRooms: number; maxMembersPerRoom: number };

export const memberOf = (connection: Connection): Member => ({
  id: connection.peer.id,
  name: connection.peer.name,
  color: connection.peer.color,
});

export function createRooms(
  hub: Hub,
  sender: Sender,
  presence: ReturnType<typeof createPresence>,
  caps: RoomCaps,
  relayName: () => string | null = () => null,
) {
  const rooms = new Map<string, Set<Connection>>();

  const tell = <K extends keyof ServerBodies>(c: Connection, kind: K, body: ServerBodies[K]) =>
    sender.send(c, serverFrame(kind, body)(c));

  /** The relayed envelope with the hub's id (a resume cursor) and the instances it passed. */
  const withHubId = (entry: HubEntry) => relayedText(entry, relayName());

  /** What the hub delivers on a room's topic, as this member should see it. */
  function deliver(connection: Connection, entry: HubEntry) {
    if (entry.kind === 'chat') {
      if (publisherOf(entry.from) !== connection.id) sender.send(connection, withHubId(entry));
    } else if (entry.kind === 'notice' || entry.kind === 'presence')
      sender.send(connection, rawServerFrame(entry.kind, entry.data)(connection));
  }

  async function leave(connection: Connection) {
    const room = connection.room;
    if (room === null) return;
    connection.room = null;
    connection.subscription?.close();
    connection.subscription = null;
    const set = rooms.get(room);
    set?.delete(connection);
    if (set && set.size === 0) rooms.delete(room);
    await presence.leave(room, connection.peer.id);
    presence.announce(room, 'leave', connection.peer.name);
  }

  /** Refuses (with the reason) a join that would pass a cap. */
  function refusal(room: string): ServerSaid | null {
    const set = rooms.get(room);
    if (!set && rooms.size >= caps.maxRooms) return said('rooms-full', { max: caps.maxRooms });
    if (set && set.size >= caps.maxMembersPerRoom)
      return said('room-full', { room, max: caps.maxMembersPerRoom });
    return null;
  }

  /** Joins `room`; with `resumeAfter` (the last message id the client has), replays what it missed. */
  async function join(connection: Connection, room: string, resumeAfter: string | null = null) {
    if (connection.room === room) {
      tell(connection, 'joined', await presence.presenceOf(room));
      return true;
    }
    await leave(connection);
    connection.room = room;
    let set = rooms.get(room);
    if (!set) rooms.set(room, (set = new Set()));
    set.add(connection);
    await presence.enter(room, memberOf(connection));
    tell(connection, 'joined', { ...(await presence.presenceOf(room)), you: memberOf(connection) });
    const topic = roomTopic(room);
    // Live first (held back), then the history. With a hub shared by several instances, messages
    // arrive between the two reads; subscribing first means none falls between them (and none is
    // lost to a short history window meanwhile). What the history already carried is dropped for
    // the subscription's whole life, not only while it is held back: a hub may deliver late (Redis
    // hands entries out from each instance's XREAD loop, which can be behind the history's XRANGE),
    // so a message in the history can reach the subscription after the history frame went out.
    let held: HubEntry[] | null = [];
    let seen: { origin: string; seq: number } | null = null;
    const inHistory = (entry: HubEntry) => {
      if (entry.kind !== 'chat' || seen === null) return false;
      const id = parseHubId(entry.id);
      return id !== null && id.origin === seen.origin && id.seq <= seen.seq;
    };
    // Only while this is the member's subscription: a Redis subscription drains for a moment after
    // close(), and a member who left (or came back to this room on a new subscription) must not
    // get the old one's entries: another room's messages, or the same message twice.
    const subscription = await hub.subscribe(topic, { after: null }, (entry) => {
      if (held) held.push(entry);
      else if (connection.subscription === subscription && !inHistory(entry))
        deliver(connection, entry);
    });
    // With a cursor, exactly what came after it (a room keeps WS_LIMITS.history, one page), or the
    // oldest kept and why the rest is gone; without one, the room's history. Any instance can do
    // this: the ids are the hub's, the same everywhere.
    const page = await hub.read(topic, { after: resumeAfter, limit: WS_LIMITS.history });
    const messages = page.entries.filter((entry) => entry.kind === 'chat');
    const after = page.entries.at(-1)?.id ?? page.start;
    const resumed =
      resumeAfter === null
        ? ''
        : `,"resumedFrom":${JSON.stringify(resumeAfter)}${page.gap ? `,"gap":${JSON.stringify(page.gap)}` : ''}`;
    const body = `{"room":${JSON.stringify(room)},"messages":[${messages.map(withHubId).join(',')}],"lastId":${JSON.stringify(after)}${resumed}}`;
    sender.send(connection, rawServerFrame('history', body)(connection));
    seen = parseHubId(after);
    for (const entry of held) if (!inHistory(entry)) deliver(connection, entry);
    held = null;
    // Left (or closed) while the subscription was being made.
    if (connection.room !== room) subscription.close();
    else connection.subscription = subscription;
    presence.announce(room, 'join', connection.peer.name);
    return true;
  }

  return {
    rooms,
    refusal,
    join,
    leave,
    /** Local members of a room other than `connection` (for the sender's ack). */
    othersIn: (room: string) => Math.max(0, (rooms.get(room)?.size ?? 0) - 1),
  };
}
