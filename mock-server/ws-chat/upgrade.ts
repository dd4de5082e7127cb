// The door to `/ws`: an upgrade is refused, with a status and a reason, when its Origin is not on
// the allowlist, when the class's join code is missing, or when it would pass a connection cap.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WS_LIMITS } from '../../src/shared/server-protocol';
import type { ChatCounters } from './counters';
import { serverText, type ServerSaid } from '../../src/shared/server-words';

export type GateOptions = {
  isAllowedOrigin: (origin: string | undefined) => boolean;
  /** Checks the join code (and throttles wrong ones); null when it may pass, else the refusal. */
  checkJoinCode?: (req: IncomingMessage) => { status: number; said: ServerSaid } | null;
  maxConnections?: number;
  /** Connections from one address (loopback is exempt: every tab of this machine shares it). */
  maxConnectionsPerAddress?: number;
  /** What a full server says ("The chat has as many connections…"); the feed's sockets reuse this gate. */
  full?: 'chat-full' | 'feed-sockets-full';
};

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

export function rejectUpgrade(socket: Duplex, status: string, message: string) {
  socket.end(
    `HTTP/1.1 ${status}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(message)}\r\nConnection: close\r\n\r\n${message}`,
  );
}

const STATUS: Record<number, string> = {
  403: '403 Forbidden',
  429: '429 Too Many Requests',
  503: '503 Service Unavailable',
};

export function createUpgradeGate(
  options: GateOptions,
  counters: Pick<ChatCounters, 'rejectedOrigin' | 'rejectedCode' | 'capped'>,
  connections: () => number,
) {
  const limits = {
    max: options.maxConnections ?? WS_LIMITS.maxConnections,
    perAddress: options.maxConnectionsPerAddress ?? WS_LIMITS.maxConnectionsPerAddress,
  };
  const byAddress = new Map<string, number>();

  return {
    limits,
    admit(req: IncomingMessage, socket: Duplex): boolean {
      socket.on('error', () => undefined);
      const origin = req.headers.origin;
      if (!options.isAllowedOrigin(origin)) {
        counters.rejectedOrigin++;
        rejectUpgrade(
          socket,
          STATUS[403] as string,
          serverText('upgrade-origin', { origin: origin ?? '(none)' }),
        );
        return false;
      }
      const code = options.checkJoinCode?.(req);
      if (code) {
        counters.rejectedCode++;
        rejectUpgrade(socket, STATUS[code.status] ?? STATUS[403]!, code.said.message);
        return false;
      }
      const address = req.socket.remoteAddress ?? '';
      const fromAddress = byAddress.get(address) ?? 0;
      if (
        connections() >= limits.max ||
        (!LOOPBACK.test(address) && fromAddress >= limits.perAddress)
      ) {
        counters.capped++;
        rejectUpgrade(socket, STATUS[503] as string, serverText(options.full ?? 'chat-full'));
        return false;
      }
      return true;
    },
    opened(address: string) {
      byAddress.set(address, (byAddress.get(address) ?? 0) + 1);
    },
    closed(address: string) {
      const left = (byAddress.get(address) ?? 1) - 1;
      if (left <= 0) byAddress.delete(address);
      else byAddress.set(address, left);
    },
  };
}
