// One chat connection, and the only way anything is sent to it: every send checks the backlog the
// socket already holds (`bufferedAmount`), and a member that stops reading is cut with 1013 rather
// than buffered without bound (https://developer.mozilla.org/docs/Web/API/WebSocket/bufferedAmount).
import { randomUUID } from 'node:crypto';
import type { WebSocket } from 'ws';
import { ENVELOPE_VERSION, type PeerRef } from '../../src/shared/envelope';
import { SERVER_PEER, type ServerBodies, type ServerKind } from '../../src/shared/server-protocol';
import type { HubSubscription } from '../hub/types';
import { fullBucket, type Bucket } from './rate-limit';
import { serverText } from '../../src/shared/server-words';

export type Connection = {
  id: string;
  ws: WebSocket;
  address: string;
  peer: PeerRef;
  room: string | null;
  subscription: HubSubscription | null;
  bucket: Bucket;
  missed: number;
  seq: number;
  /** Frames are handled one after another, so a join's history always precedes what follows. */
  queue: Promise<void>;
  cut: boolean;
};

/** A connection as it opens: anonymous until its first join names it. */
export const newConnection = (ws: WebSocket, address: string, burst: number): Connection => ({
  id: randomUUID(),
  ws,
  address,
  peer: { id: 'anonymous', name: 'anonymous', color: '#5b6770', kind: 'tab' },
  room: null,
  subscription: null,
  bucket: fullBucket(burst),
  missed: 0,
  seq: 0,
  queue: Promise.resolve(),
  cut: false,
});

export type Sender = {
  send(connection: Connection, text: string | Buffer, binary?: boolean): void;
};

/** Sends, unless the socket's backlog has passed `maxBuffered`: then the member is cut. */
export function createSender(maxBuffered: number, onCut: (connection: Connection) => void): Sender {
  return {
    send(connection, text, binary = false) {
      const { ws } = connection;
      if (ws.readyState !== ws.OPEN || connection.cut) return;
      if (ws.bufferedAmount > maxBuffered) {
        connection.cut = true;
        onCut(connection);
        ws.close(1013, serverText('close-slow'));
        // The close frame waits behind the backlog of a reader that may never read: free it soon.
        setTimeout(() => ws.terminate(), 1000).unref();
        return;
      }
      ws.send(text, { binary });
    },
  };
}

/**
 * One server envelope for many connections: serialised once, with `seq` (each connection's own
 * count, so clients see no gaps) appended per connection. `bodyJson` is already serialised.
 */
export function rawServerFrame(kind: ServerKind, bodyJson: string) {
  const head = `{"v":${ENVELOPE_VERSION},"id":"${randomUUID()}","mechanism":"websocket","sender":${JSON.stringify(SERVER_PEER)},"kind":"${kind}","body":${bodyJson},"sentAt":${Date.now()}`;
  return (connection: Connection) => `${head},"seq":${++connection.seq}}`;
}

export const serverFrame = <K extends ServerKind>(kind: K, body: ServerBodies[K]) =>
  rawServerFrame(kind, JSON.stringify(body));
