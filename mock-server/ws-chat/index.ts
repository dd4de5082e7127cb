// `/ws`: a chat with rooms, nicknames, presence and history over the `ws` package, on the app's own
// HTTP server (upgrades routed by path), with its state in the hub. Every frame is checked; nothing
// a client sends can stop the server or cost another client a message. The parts: decode.ts (frames),
// rate-limit.ts, rooms.ts (join, history, live), presence.ts, identity.ts, connection.ts (sends).
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { WS_LIMITS } from '../../src/shared/server-protocol';
import { logCaught } from '../guard/errors';
import { backplaneRefusal } from '../hub/backplane';
import { createSender, newConnection, serverFrame, type Connection } from './connection';
import { explainCloses, startHeartbeat } from './heartbeat';
import { createChatCounters, type ChatCounters } from './counters';
import { frameId } from './decode';
import { createIdentities } from './identity';
import { createMessageHandler } from './messages';
import { createPresence } from './presence';
import { retryInMs, takeToken } from './rate-limit';
import { createRooms, memberOf } from './rooms';
import type { ChatInfo, ChatOptions } from './types';
import { createUpgradeGate } from './upgrade';
import { said, serverText, type ServerSaid } from '../../src/shared/server-words';
import { errorBody } from './decode';

export type { ChatCounters, ChatInfo, ChatOptions };

export type Chat = ReturnType<typeof createChat>;

export function createChat(options: ChatOptions) {
  const heartbeatMs = options.heartbeatMs ?? WS_LIMITS.heartbeatMs;
  const ratePerSecond = options.ratePerSecond ?? WS_LIMITS.ratePerSecond;
  const burst = options.burst ?? WS_LIMITS.burst;
  const limits = {
    maxBufferedBytes: options.maxBufferedBytes ?? WS_LIMITS.maxBufferedBytes,
    maxRooms: options.maxRooms ?? WS_LIMITS.maxRooms,
    maxMembersPerRoom: options.maxMembersPerRoom ?? WS_LIMITS.maxMembersPerRoom,
  };
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: WS_LIMITS.maxPayload,
    clientTracking: false,
  });
  const connections = new Set<Connection>();
  const counters = createChatCounters();
  const sender = createSender(limits.maxBufferedBytes, () => counters.slowCut++);
  const identities = createIdentities();
  const presence = createPresence(options.hub, {
    everyMs: options.presenceEveryMs ?? WS_LIMITS.presenceEveryMs,
    // Refreshed at every pong; a member outlives a few missed pings (and a busy event loop), and a
    // crashed server's members are forgotten within half a minute.
    ttlMs: options.presenceTtlMs ?? Math.max(heartbeatMs * (WS_LIMITS.missedPings + 1), 30_000),
  });
  const relayName = options.relayName ?? (() => null);
  const rooms = createRooms(options.hub, sender, presence, limits, relayName);
  const handle = createMessageHandler({
    relayName,
    hub: options.hub,
    sender,
    counters,
    identities,
    rooms,
    presence,
  });
  const tell = (connection: Connection, told: ServerSaid, id?: string) =>
    sender.send(connection, serverFrame('error', errorBody(told, id))(connection));

  function onMessage(
    connection: Connection,
    data: Buffer | Buffer[] | ArrayBuffer,
    isBinary: boolean,
  ) {
    if (!takeToken(connection.bucket, burst, ratePerSecond)) {
      counters.rateLimited++;
      const body = {
        id: frameId(data, isBinary),
        retryInMs: retryInMs(connection.bucket, ratePerSecond),
      };
      sender.send(connection, serverFrame('rate-limited', body)(connection));
      return;
    }
    // One after another per connection; an exception answers this client and is counted.
    connection.queue = connection.queue
      .then(() => handle(connection, data, isBinary))
      .catch((error: unknown) => {
        // Redis unreachable: refused with the reason and not acknowledged (the page keeps it).
        const down = backplaneRefusal(error);
        if (down !== null) return tell(connection, down, frameId(data, isBinary));
        options.guards.wsMessage++;
        logCaught('wsMessage', error);
        tell(connection, said('frame-failed'));
      });
  }

  function onConnection(ws: WebSocket, req: IncomingMessage) {
    counters.accepted++;
    const connection = newConnection(ws, req.socket.remoteAddress ?? '', burst);
    connections.add(connection);
    gate.opened(connection.address);
    explainCloses(ws, counters);
    ws.on('message', (data, isBinary) => {
      try {
        onMessage(connection, data, isBinary);
      } catch (error) {
        options.guards.wsMessage++;
        logCaught('wsMessage', error);
        tell(connection, said('frame-failed'));
      }
    });
    ws.on('pong', () => {
      connection.missed = 0;
      if (connection.room) void presence.enter(connection.room, memberOf(connection));
    });
    // Errors (oversize, invalid UTF-8, a reset socket) end in 'close'; there is nothing to throw.
    ws.on('error', () => undefined);
    ws.on('close', () => {
      connections.delete(connection);
      gate.closed(connection.address);
      identities.release(connection);
      connection.queue = connection.queue
        .then(() => rooms.leave(connection))
        .catch(() => undefined);
    });
    sender.send(
      connection,
      serverFrame('welcome', { connection: connection.id, heartbeatMs, limits: WS_LIMITS })(
        connection,
      ),
    );
  }

  const gate = createUpgradeGate(options, counters, () => connections.size);

  const heartbeat = startHeartbeat(connections, heartbeatMs, counters);

  return {
    /** Takes an upgrade for PATHS.ws: checks it at the gate, then hands the socket to `ws`. */
    handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer) {
      if (!gate.admit(req, socket)) return;
      wss.handleUpgrade(req, socket, head, (ws) => onConnection(ws, req));
    },
    async info(): Promise<ChatInfo> {
      const names = [...rooms.rooms.keys()].sort();
      return {
        clients: connections.size,
        rooms: await Promise.all(names.map((room) => presence.presenceOf(room))),
        counters: { ...counters },
      };
    },
    limits: () => {
      let bufferedBytes = 0;
      for (const connection of connections) bufferedBytes += connection.ws.bufferedAmount;
      return {
        ...limits,
        rooms: rooms.rooms.size,
        connections: connections.size,
        maxConnections: gate.limits.max,
        maxConnectionsPerAddress: gate.limits.perAddress,
        bufferedBytes,
      };
    },
    /** The teacher's button: every connection drops at once (the clients should come back). */
    dropAll(how: 'close' | 'terminate' = 'terminate'): number {
      const count = connections.size;
      counters.dropped += count;
      for (const connection of connections) {
        if (how === 'close') connection.ws.close(1012, serverText('close-teacher'));
        else connection.ws.terminate();
      }
      return count;
    },
    /** Says goodbye with 1001, then waits (briefly) for the sockets to go. */
    close(): Promise<void> {
      clearInterval(heartbeat);
      const waiting = [...connections].map(
        (connection) =>
          new Promise<void>((done) => {
            connection.ws.once('close', () => done());
            connection.ws.close(1001, serverText('close-shutdown'));
          }),
      );
      const timeout = new Promise<void>((done) => setTimeout(done, 1000).unref());
      return Promise.race([Promise.all(waiting).then(() => undefined), timeout]).then(() => {
        for (const connection of connections) connection.ws.terminate();
        wss.close();
      });
    },
  };
}
