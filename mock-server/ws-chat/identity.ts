// The server verifies each connection's id: the first join claims the tab's id, and while that
// connection lives no other can use it (a second claim gets a suffix, and is told so). Names stay
// free to choose; the server stamps id, name and colour on everything the connection sends.
import { LIMITS, type PeerRef } from '../../src/shared/envelope';
import type { Connection } from './connection';

export function createIdentities() {
  const holders = new Map<string, Connection>();

  return {
    /** The id this connection may use: the one it asks for, or that id with a free suffix. */
    claim(connection: Connection, wanted: PeerRef): { peer: PeerRef; reassigned: boolean } {
      let id = wanted.id;
      for (let n = 2; holders.has(id) && holders.get(id) !== connection; n++)
        id = `${wanted.id.slice(0, LIMITS.id - 8)}~${n}`;
      holders.set(id, connection);
      return { peer: { ...wanted, id, kind: 'tab' }, reassigned: id !== wanted.id };
    },
    release(connection: Connection) {
      if (holders.get(connection.peer.id) === connection) holders.delete(connection.peer.id);
    },
    get size() {
      return holders.size;
    },
  };
}
