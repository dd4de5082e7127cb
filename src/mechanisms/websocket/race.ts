// The race's counterpart: the server, whose ack names each chat message; in a room of its own.
import { randomId } from '../../lib/ids';
import { SERVER_DOWN, until } from '../../lib/race-kit';
import type { Rig } from '../../lib/race-types';
import { WS_LIMITS } from '../../shared/server-protocol';
import { meta } from './meta';
import { createWebSocketTransport } from './transport';

export function createRig(): Rig {
  return {
    id: meta.id,
    counterpart: 'the server (its ack)',
    unavailable: () => (meta.canBeUsed() ? null : 'this browser has no WebSocket'),
    // The envelope around the payload needs room too.
    maxBytes: {
      bytes: WS_LIMITS.maxPayload - 2048,
      reason: 'over the server’s 64 KiB frame limit',
    },
    maxPerSecond: WS_LIMITS.ratePerSecond,
    maxMessages: 100,
    // The chat accepts join, rename and chat; the race talks in a room of its own.
    kind: 'chat',
    async setup(self) {
      const transport = createWebSocketTransport({
        self,
        address: meta.defaultAddress,
        room: `race-${randomId().slice(0, 8)}`,
      });
      let open = false;
      const opened = (notify: () => void) =>
        transport.subscribe((event) => {
          if (event.type === 'status') open = event.status === 'open';
          notify();
        });
      const waiting = until(() => open, opened, 5000, SERVER_DOWN);
      transport.connect();
      try {
        await waiting;
      } catch (error) {
        transport.close();
        throw error;
      }
      return { transport, dispose: () => transport.close() };
    },
  };
}
