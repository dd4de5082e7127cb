// `/ws`: a chat with rooms, nicknames, presence and history over the `ws` package, on the app's own
// HTTP server (upgrades routed by path). Every frame is checked; nothing a client sends can stop
// the server or cost another client a message.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { logCaught, type GuardCounters } from './guard/errors';
import { JSON_LIMITS, tooDeep } from './guard/json';
import { codeFrom, joinCodeMatches } from './lan';
import { RingBuffer } from '../src/lib/ring-buffer';
import { ENVELOPE_VERSION, type Envelope, type PeerRef } from '../src/shared/envelope';
import {
  parseClientFrame,
  SERVER_PEER,
  WS_LIMITS,
  type Member,
  type ServerBodies,
  type ServerKind,
} from '../src/shared/server-protocol';

export type ChatOptions = {
  isAllowedOrigin: (origin: string | undefined) => boolean;
  /** When set, the upgrade must carry ?code=<it> (classroom mode). */
  joinCode?: string;
  heartbeatMs?: number;
  ratePerSecond?: number;
  burst?: number;
  presenceEveryMs?: number;
  guards: GuardCounters;
};

type Connection = {
  id: string;
  ws: WebSocket;
  peer: PeerRef;
  room: string | null;
  tokens: number;
  refilledAt: number;
  missed: number;
  seq: number;
};

export type ChatCounters = {
  accepted: number;
  messages: number;
  binary: number;
  rejectedOrigin: number;
  rejectedCode: number;
  malformed: number;
  rateLimited: number;
  oversize: number;
  terminated: number;
  dropped: number;
};

export type ChatInfo = {
  clients: number;
  rooms: { room: string; members: Member[]; total: number }[];
  counters: ChatCounters;
};

export type Chat = ReturnType<typeof createChat>;

const member = (connection: Connection): Member => ({
  id: connection.peer.id,
  name: connection.peer.name,
  color: connection.peer.color,
});

function rejectUpgrade(socket: Duplex, status: string, message: string) {
  socket.end(
    `HTTP/1.1 ${status}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(message)}\r\nConnection: close\r\n\r\n${message}`,
  );
}

export function createChat(options: ChatOptions) {
  const heartbeatMs = options.heartbeatMs ?? WS_LIMITS.heartbeatMs;
  const ratePerSecond = options.ratePerSecond ?? WS_LIMITS.ratePerSecond;
  const burst = options.burst ?? WS_LIMITS.burst;
  const presenceEveryMs = options.presenceEveryMs ?? WS_LIMITS.presenceEveryMs;
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: WS_LIMITS.maxPayload,
    clientTracking: false,
  });
  const connections = new Set<Connection>();
  const rooms = new Map<string, Set<Connection>>();
  // The last messages of each room, for whoever joins.
  const histories = new Map<string, RingBuffer<Envelope>>();
  const counters: ChatCounters = {
    accepted: 0,
    messages: 0,
    binary: 0,
    rejectedOrigin: 0,
    rejectedCode: 0,
    malformed: 0,
    rateLimited: 0,
    oversize: 0,
    terminated: 0,
    dropped: 0,
  };

  /**
   * One server envelope for many connections: serialised once, with `seq` (each connection's own
   * count, so clients see no gaps) appended per connection.
   */
  function serverFrame<K extends ServerKind>(kind: K, body: ServerBodies[K]) {
    const head = JSON.stringify({
      v: ENVELOPE_VERSION,
      id: randomUUID(),
      mechanism: 'websocket',
      sender: SERVER_PEER,
      kind,
      body,
      sentAt: Date.now(),
    }).slice(0, -1);
    return (connection: Connection) => `${head},"seq":${++connection.seq}}`;
  }

  function tell<K extends ServerKind>(connection: Connection, kind: K, body: ServerBodies[K]) {
    send(connection, serverFrame(kind, body)(connection));
  }

  function send(connection: Connection, text: string) {
    if (connection.ws.readyState === connection.ws.OPEN) connection.ws.send(text);
  }

  function tellRoom<K extends ServerKind>(
    room: string,
    kind: K,
    body: ServerBodies[K],
    except?: ReadonlySet<Connection>,
  ) {
    const frame = serverFrame(kind, body);
    for (const other of rooms.get(room) ?? []) if (!except?.has(other)) send(other, frame(other));
  }

  function presenceOf(room: string): ServerBodies['presence'] {
    const set = rooms.get(room) ?? new Set<Connection>();
    const members: Member[] = [];
    for (const connection of set) {
      if (members.length >= WS_LIMITS.membersShown) break;
      members.push(member(connection));
    }
    return { room, members, total: set.size };
  }

  // Joins and leaves are announced per room in batches: with a class of 30 that is at once; with
  // 5,000 joining it is not 5,000 × 5,000 messages.
  type Pending = { join: string[]; leave: string[] };
  const pending = new Map<string, Pending>();

  function announce(room: string, event: 'join' | 'leave', connection: Connection) {
    let entry = pending.get(room);
    if (!entry) {
      entry = { join: [], leave: [] };
      pending.set(room, entry);
      setTimeout(() => flush(room), presenceEveryMs).unref();
    }
    entry[event].push(connection.peer.name);
  }

  function flush(room: string) {
    const entry = pending.get(room);
    pending.delete(room);
    if (!entry || !rooms.has(room)) return;
    for (const event of ['join', 'leave'] as const) {
      const names = entry[event];
      if (names.length === 0) continue;
      const body = { event, names: names.slice(0, 5), more: Math.max(0, names.length - 5), room };
      tellRoom(room, 'notice', body);
    }
    tellRoom(room, 'presence', presenceOf(room));
  }

  function leave(connection: Connection) {
    const room = connection.room;
    if (room === null) return;
    connection.room = null;
    const set = rooms.get(room);
    set?.delete(connection);
    if (set && set.size === 0) rooms.delete(room);
    if (rooms.has(room)) announce(room, 'leave', connection);
  }

  function join(connection: Connection, room: string) {
    if (connection.room === room) {
      tell(connection, 'joined', presenceOf(room));
      return;
    }
    leave(connection);
    connection.room = room;
    let set = rooms.get(room);
    if (!set) rooms.set(room, (set = new Set()));
    set.add(connection);
    tell(connection, 'joined', presenceOf(room));
    tell(connection, 'history', { room, messages: histories.get(room)?.toArray() ?? [] });
    announce(room, 'join', connection);
  }

  /** Token bucket: `burst` at once, refilled at `ratePerSecond`. */
  function takeToken(connection: Connection): boolean {
    const at = Date.now();
    connection.tokens = Math.min(
      burst,
      connection.tokens + ((at - connection.refilledAt) / 1000) * ratePerSecond,
    );
    connection.refilledAt = at;
    if (connection.tokens < 1) return false;
    connection.tokens -= 1;
    return true;
  }

  function onMessage(connection: Connection, data: RawData, isBinary: boolean) {
    if (!takeToken(connection)) {
      counters.rateLimited++;
      let id: string | undefined;
      if (!isBinary) {
        const text = rawText(data);
        const parsed = tooDeep(text) ? null : parseClientFrame(text);
        id = parsed?.ok ? parsed.envelope.id : parsed?.id;
      }
      const retryInMs = Math.ceil(((1 - connection.tokens) / ratePerSecond) * 1000);
      tell(connection, 'rate-limited', { id, retryInMs });
      return;
    }
    if (isBinary) {
      counters.binary++;
      const bytes = rawBytes(data);
      tell(connection, 'binary-echo', { bytes: bytes.byteLength });
      connection.ws.send(bytes, { binary: true });
      return;
    }
    const text = rawText(data);
    if (tooDeep(text)) {
      counters.malformed++;
      tell(connection, 'error', {
        reason: `the frame nests deeper than ${JSON_LIMITS.depth} levels`,
      });
      return;
    }
    const parsed = parseClientFrame(text);
    if (!parsed.ok) {
      counters.malformed++;
      tell(connection, 'error', { reason: parsed.reason, id: parsed.id });
      return;
    }
    const { envelope, frame } = parsed;
    if (frame.kind === 'join') {
      // The first join names the connection: its tab's id, name and colour.
      if (connection.room === null && connection.peer.id === 'anonymous')
        connection.peer = { ...envelope.sender, kind: 'tab' };
      join(connection, frame.body.room);
      return;
    }
    if (frame.kind === 'rename') {
      const previous = connection.peer.name;
      connection.peer = { ...connection.peer, name: frame.body.name };
      if (connection.room) {
        const room = connection.room;
        tellRoom(room, 'notice', {
          event: 'rename',
          names: [frame.body.name],
          more: 0,
          previous,
          room,
        });
        tellRoom(room, 'presence', presenceOf(room));
      }
      return;
    }
    const room = connection.room;
    if (room === null) {
      counters.malformed++;
      tell(connection, 'error', { reason: 'join a room before you chat', id: envelope.id });
      return;
    }
    counters.messages++;
    // The server says who sent it: the name and colour the connection joined with, not whatever
    // the frame claims.
    const relayed: Envelope = { ...envelope, sender: connection.peer };
    let history = histories.get(room);
    if (!history) histories.set(room, (history = new RingBuffer(WS_LIMITS.history)));
    history.push(relayed);
    const relayedText = JSON.stringify(relayed);
    let delivered = 0;
    for (const other of rooms.get(room) ?? []) {
      if (other === connection) continue;
      send(other, relayedText);
      delivered++;
    }
    tell(connection, 'ack', { id: envelope.id, delivered });
  }

  function onConnection(ws: WebSocket) {
    counters.accepted++;
    const connection: Connection = {
      id: randomUUID(),
      ws,
      peer: { id: 'anonymous', name: 'anonymous', color: '#5b6770', kind: 'tab' },
      room: null,
      tokens: burst,
      refilledAt: Date.now(),
      missed: 0,
      seq: 0,
    };
    connections.add(connection);
    // ws closes an oversize frame with 1009 but no reason; say why.
    const close = ws.close.bind(ws);
    ws.close = (code?: number, reason?: string | Buffer) => {
      if (code === 1009 && reason === undefined) {
        counters.oversize++;
        return close(1009, `Frames over ${WS_LIMITS.maxPayload / 1024} KiB are refused`);
      }
      return close(code, reason);
    };
    ws.on('message', (data, isBinary) => {
      try {
        onMessage(connection, data, isBinary);
      } catch (error) {
        options.guards.wsMessage++;
        logCaught('wsMessage', error);
        tell(connection, 'error', { reason: 'the server could not handle this frame' });
      }
    });
    ws.on('pong', () => {
      connection.missed = 0;
    });
    // Errors (oversize, invalid UTF-8, a reset socket) end in 'close'; there is nothing to throw.
    ws.on('error', () => undefined);
    ws.on('close', () => {
      connections.delete(connection);
      leave(connection);
    });
    tell(connection, 'welcome', {
      connection: connection.id,
      heartbeatMs,
      limits: WS_LIMITS,
    });
  }

  const heartbeat = setInterval(() => {
    for (const connection of connections) {
      if (connection.missed >= WS_LIMITS.missedPings) {
        counters.terminated++;
        connection.ws.terminate();
        continue;
      }
      connection.missed++;
      connection.ws.ping();
    }
  }, heartbeatMs);
  heartbeat.unref();

  return {
    /** Takes an upgrade for PATHS.ws: checks Origin, then hands the socket to `ws`. */
    handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer) {
      socket.on('error', () => undefined);
      const origin = req.headers.origin;
      if (!options.isAllowedOrigin(origin)) {
        counters.rejectedOrigin++;
        rejectUpgrade(
          socket,
          '403 Forbidden',
          `Origin ${origin ?? '(none)'} is not allowed to open a WebSocket here.`,
        );
        return;
      }
      if (!joinCodeMatches(options.joinCode, codeFrom(req.url))) {
        counters.rejectedCode++;
        rejectUpgrade(socket, '403 Forbidden', 'This class needs its join code (?code=…).');
        return;
      }
      wss.handleUpgrade(req, socket, head, onConnection);
    },
    info(): ChatInfo {
      return {
        clients: connections.size,
        rooms: [...rooms.keys()].sort().map((room) => presenceOf(room)),
        counters: { ...counters },
      };
    },
    history: (room: string): Envelope[] => histories.get(room)?.toArray() ?? [],
    /** The teacher's button: every connection drops at once (the clients should come back). */
    dropAll(how: 'close' | 'terminate' = 'terminate'): number {
      const count = connections.size;
      counters.dropped += count;
      for (const connection of connections) {
        if (how === 'close') connection.ws.close(1012, 'Dropped by the teacher: reconnect');
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
            connection.ws.close(1001, 'Server shutting down');
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

function rawBytes(data: RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (Array.isArray(data)) return Buffer.concat(data);
  return Buffer.from(data);
}

const rawText = (data: RawData) => rawBytes(data).toString('utf8');
