// The Race counterpart: the hub itself. A `race` envelope is answered by the SharedWorker straight
// back on the port it came from, so the figure is tab → shared worker thread → tab.
import type { Rig } from '../../lib/race-types';
import { meta } from './meta';
import { createSharedWorkerTransport } from './transport';

export function createRig(): Rig {
  return {
    id: meta.id,
    counterpart: 'the SharedWorker hub, back to this tab',
    unavailable: () => (meta.canBeUsed() ? null : 'this browser has no SharedWorker'),
    async setup(self) {
      const transport = createSharedWorkerTransport({ self, address: 'race hub' });
      transport.connect();
      return { transport, dispose: () => transport.close() };
    },
  };
}
