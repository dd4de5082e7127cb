// The Race counterpart: a fresh dedicated worker of this page, answering each race envelope with
// its payload (a `race-echo` naming it), so every figure is page → worker thread → page.
import type { Rig } from '../../lib/race-types';
import { meta } from './meta';
import { createWorkerTransport } from './transport';

export function createRig(): Rig {
  return {
    id: meta.id,
    counterpart: 'a dedicated worker of this page',
    unavailable: () => (meta.canBeUsed() ? null : 'this browser has no Worker or MessageChannel'),
    async setup(self) {
      const transport = createWorkerTransport({ self, address: 'race worker' });
      transport.connect();
      return { transport, dispose: () => transport.close() };
    },
  };
}
