// The race's counterpart: the relay worker, sending each message back to this tab alone.
import { until } from '../../lib/race-kit';
import type { Rig } from '../../lib/race-types';
import { meta } from './meta';
import { createServiceWorkerTransport } from './transport';

export function createRig(): Rig {
  return {
    id: meta.id,
    counterpart: 'the relay worker, back to this tab',
    unavailable: () =>
      meta.canBeUsed() ? null : 'ServiceWorkers need a secure context (https or localhost)',
    async setup(self) {
      let you = '';
      const transport = createServiceWorkerTransport({
        self,
        address: meta.defaultAddress,
        relay: () => ({ mode: 'one', target: you }),
      });
      const offReply = transport.onReply((reply) => {
        if (reply.type === 'clients') you = reply.you;
      });
      transport.connect();
      const claim = setTimeout(() => transport.command({ type: 'claim' }), 1500);
      try {
        await until(
          () => transport.lifecycle().controller !== null,
          transport.onChange,
          6000,
          'this page did not come under the worker’s control',
        );
        const ask = setInterval(() => transport.command({ type: 'who' }), 200);
        transport.command({ type: 'who' });
        await until(
          () => you !== '',
          transport.onReply as (n: () => void) => () => void,
          4000,
          'the worker did not say who this tab is',
        ).finally(() => clearInterval(ask));
      } finally {
        clearTimeout(claim);
      }
      return {
        transport,
        dispose: () => {
          offReply();
          transport.close();
        },
      };
    },
  };
}
