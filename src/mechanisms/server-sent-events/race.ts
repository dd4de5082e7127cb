// The race's counterpart: the server. Each message is POSTed and comes back on the stream, under
// an event name of its own so no feed page hears it.
import { SERVER_DOWN, until } from '../../lib/race-kit';
import type { Rig } from '../../lib/race-types';
import type { Transport } from '../../lib/transport-types';
import { RACE_EVENT, SSE_LIMITS } from '../../shared/server-protocol';
import { meta } from './meta';
import { createSseTransport } from './transport';

export function createRig(): Rig {
  return {
    id: meta.id,
    counterpart: 'the server (POST, then the event on the stream)',
    unavailable: () => (meta.canBeUsed() ? null : 'this browser has no EventSource'),
    maxBytes: {
      bytes: SSE_LIMITS.publishMax - 2048,
      reason: 'over the server’s 8 KiB publish limit',
    },
    async setup(self) {
      const sse = createSseTransport({
        self,
        address: meta.defaultAddress,
        extraTypes: [RACE_EVENT],
      });
      let open = false;
      const opened = (notify: () => void) =>
        sse.subscribe((event) => {
          if (event.type === 'status') open = event.status === 'open';
          notify();
        });
      const waiting = until(() => open, opened, 5000, SERVER_DOWN);
      sse.connect();
      try {
        await waiting;
      } catch (error) {
        sse.close();
        throw error;
      }
      const transport: Transport = {
        label: sse.label,
        connect: () => undefined,
        send(envelope) {
          // The event coming back on the stream is the answer: the POST's own is not read.
          sse.post(RACE_EVENT, envelope).catch(() => undefined);
          return { ok: true };
        },
        subscribe: sse.subscribe,
        close: () => sse.close(),
      };
      return { transport, dispose: () => sse.close() };
    },
  };
}
