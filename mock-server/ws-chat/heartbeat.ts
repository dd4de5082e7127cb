// Ping/pong: a peer that misses WS_LIMITS.missedPings pings in a row is terminated (its socket is
// gone without a close: https://www.rfc-editor.org/rfc/rfc6455#section-5.5.2); and the close codes
// ws sends for broken frames are counted and, for 1009, explained.
import type { WebSocket } from 'ws';
import { WS_LIMITS } from '../../src/shared/server-protocol';
import { serverText } from '../../src/shared/server-words';
import type { Connection } from './connection';
import type { ChatCounters } from './counters';

export function startHeartbeat(
  connections: ReadonlySet<Connection>,
  heartbeatMs: number,
  counters: ChatCounters,
): NodeJS.Timeout {
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
  return heartbeat;
}

/** 1002 (protocol error) and 1007 (invalid UTF-8) are counted; 1009 gets the reason ws leaves out. */
export function explainCloses(ws: WebSocket, counters: ChatCounters) {
  const close = ws.close.bind(ws);
  ws.close = (code?: number, reason?: string | Buffer) => {
    if (code === 1002) counters.protocolErrors++;
    if (code === 1007) counters.invalidUtf8++;
    if (code === 1009 && reason === undefined) {
      counters.oversize++;
      return close(1009, serverText('close-oversize', { kib: WS_LIMITS.maxPayload / 1024 }));
    }
    return close(code, reason);
  };
}
