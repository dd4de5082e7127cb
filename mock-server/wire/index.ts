// Bytes on the wire per way of reading the feed, measured from the sockets (not estimated): a
// request's headers as received, and every byte the server wrote for it, status line, headers,
// chunk framing and body (or the 101 and the frames). `socket.bytesWritten` counts bytes handed to
// the socket, queued ones included (https://nodejs.org/api/net.html#socketbyteswritten).
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import {
  isWireClient,
  WIRE_WAYS,
  type WireCounts,
  type WireStats,
  type WireWay,
} from '../../src/shared/feed-ways';
import { parseTarget } from '../guard/url';

type Ways = Record<WireWay, WireCounts>;

const emptyWays = (): Ways =>
  Object.fromEntries(
    WIRE_WAYS.map((way) => [way, { requests: 0, up: 0, down: 0, open: 0 }]),
  ) as Ways;

/** The request line and header block as they came: `GET /x HTTP/1.1\r\n` … `\r\n\r\n`. */
export function headerBytes(req: IncomingMessage): number {
  let bytes = Buffer.byteLength(`${req.method ?? ''} ${req.url ?? ''} HTTP/${req.httpVersion}\r\n`);
  const raw = req.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2)
    bytes += Buffer.byteLength(`${raw[i] ?? ''}: ${raw[i + 1] ?? ''}\r\n`);
  return bytes + 2;
}

/** The reader's own name (`?client=`), so a page can read its own counts beside the totals. */
export function clientOf(req: IncomingMessage): string | null {
  const value = parseTarget(req.url)?.searchParams.get('client') ?? null;
  return isWireClient(value) ? value : null;
}

type Tracked = {
  way: WireWay;
  client: string | null;
  socket: Socket;
  down: number;
  /** bytesRead when the upgrade came (WebSocket only): later reads are the client's frames. */
  up: number | null;
};

export type Wire = ReturnType<typeof createWire>;

export function createWire(maxClients = 1000) {
  const totals = emptyWays();
  const clients = new Map<string, Ways>();
  const open = new Set<Tracked>();

  function countsOf(client: string): Ways {
    let ways = clients.get(client);
    if (!ways) {
      // Bounded: the oldest reader is forgotten first (its totals stay in `total`).
      if (clients.size >= maxClients) clients.delete(clients.keys().next().value as string);
      ways = emptyWays();
      clients.set(client, ways);
    }
    return ways;
  }

  function add(tracked: Tracked, field: 'requests' | 'up' | 'down' | 'open', n: number) {
    totals[tracked.way][field] += n;
    if (tracked.client) countsOf(tracked.client)[tracked.way][field] += n;
  }

  const live = (t: Tracked) => ({
    down: Math.max(0, t.socket.bytesWritten - t.down),
    up: t.up === null ? 0 : Math.max(0, t.socket.bytesRead - t.up),
  });

  return {
    /**
     * Starts counting one request (or one upgrade) on its socket; `done` once it is over. For a
     * WebSocket, `frames` counts what the client sends after its upgrade request as well.
     */
    track(way: WireWay, req: IncomingMessage, socket: Socket, frames = false) {
      const tracked: Tracked = {
        way,
        client: clientOf(req),
        socket,
        down: socket.bytesWritten,
        up: frames ? socket.bytesRead : null,
      };
      add(tracked, 'requests', 1);
      add(tracked, 'up', headerBytes(req));
      add(tracked, 'open', 1);
      open.add(tracked);
      let finished = false;
      return {
        done() {
          if (finished) return;
          finished = true;
          open.delete(tracked);
          const { down, up } = live(tracked);
          add(tracked, 'down', down);
          add(tracked, 'up', up);
          add(tracked, 'open', -1);
        },
      };
    },
    /** Totals, and one reader's counts, with what open streams and sockets have moved so far. */
    stats(client?: string | null): WireStats {
      const total = structuredClone(totals);
      const mine = client ? clients.get(client) : undefined;
      const own = mine ? structuredClone(mine) : null;
      for (const tracked of open) {
        const { down, up } = live(tracked);
        total[tracked.way].down += down;
        total[tracked.way].up += up;
        if (own && tracked.client === client) {
          own[tracked.way].down += down;
          own[tracked.way].up += up;
        }
      }
      return { client: own, total };
    },
  };
}
