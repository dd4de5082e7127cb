// What the chat does with each frame a member sends, once it passed the rate limit.
import type { RawData } from 'ws';
import type { Envelope } from '../../src/shared/envelope';
import type { ServerBodies, ServerKind } from '../../src/shared/server-protocol';
import { roomTopic } from '../hub/topics';
import type { Hub } from '../hub/types';
import { serverFrame, type Connection, type Sender } from './connection';
import type { ChatCounters } from './counters';
import { decodeFrame, errorBody, rawBytes } from './decode';
import { said } from '../../src/shared/server-words';
import { publisherKey } from './relay';
import type { createIdentities } from './identity';
import type { createPresence } from './presence';
import type { createRooms } from './rooms';

type Deps = {
  relayName: () => string | null;
  hub: Hub;
  sender: Sender;
  counters: ChatCounters;
  identities: ReturnType<typeof createIdentities>;
  rooms: ReturnType<typeof createRooms>;
  presence: ReturnType<typeof createPresence>;
};

export function createMessageHandler(deps: Deps) {
  const { hub, sender, counters, identities, rooms, presence, relayName } = deps;
  const tell = <K extends ServerKind>(c: Connection, kind: K, body: ServerBodies[K]) =>
    sender.send(c, serverFrame(kind, body)(c));

  return async function handle(connection: Connection, data: RawData, isBinary: boolean) {
    if (isBinary) {
      counters.binary++;
      const bytes = rawBytes(data);
      tell(connection, 'binary-echo', { bytes: bytes.byteLength });
      sender.send(connection, bytes, true);
      return;
    }
    const parsed = decodeFrame(data);
    if (!parsed.ok) {
      counters.malformed++;
      tell(connection, 'error', errorBody(parsed.said, parsed.id));
      return;
    }
    const { envelope, frame } = parsed;
    if (frame.kind === 'join') {
      const refusal = connection.room === frame.body.room ? null : rooms.refusal(frame.body.room);
      if (refusal) {
        counters.capped++;
        tell(connection, 'error', errorBody(refusal, envelope.id));
        return;
      }
      // The first join names the connection: its tab's id (verified unique), name and colour.
      if (connection.room === null && connection.peer.id === 'anonymous') {
        const claimed = identities.claim(connection, envelope.sender);
        if (claimed.reassigned) counters.idsReassigned++;
        connection.peer = claimed.peer;
      }
      await rooms.join(connection, frame.body.room, frame.body.after ?? null);
      return;
    }
    if (frame.kind === 'rename') {
      const previous = connection.peer.name;
      connection.peer = { ...connection.peer, name: frame.body.name };
      const room = connection.room;
      if (room) {
        await presence.enter(room, { ...connection.peer });
        await presence.renamed(room, previous, frame.body.name);
      }
      return;
    }
    const room = connection.room;
    if (room === null) {
      counters.malformed++;
      tell(connection, 'error', errorBody(said('join-first'), envelope.id));
      return;
    }
    counters.messages++;
    // The server says who sent it: the id it verified, and the name and colour the connection
    // joined with, not whatever the frame claims.
    const relayed: Envelope = { ...envelope, sender: connection.peer };
    const entry = await hub.publish(roomTopic(room), {
      kind: 'chat',
      data: JSON.stringify(relayed),
      from: publisherKey(connection.id, relayName()),
    });
    // The hub's id too: the sender's resume cursor covers its own messages (it is not sent them).
    tell(connection, 'ack', { id: envelope.id, delivered: rooms.othersIn(room), hubId: entry.id });
  };
}
