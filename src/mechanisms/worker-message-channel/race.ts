// The Race counterpart: a fresh dedicated worker that answers each race envelope with its payload.
// Typed by shape (the Rig contract lives in src/app/race/engine.ts, which mechanisms may not import).
import type { PeerRef } from '../../shared/envelope';
import { meta } from './meta';
import { createWorkerTransport } from './transport';

export const workerRaceRig = {
  id: meta.id,
  counterpart: 'a dedicated worker of this page',
  unavailable: () => (meta.canBeUsed() ? null : 'this browser has no Worker or MessageChannel'),
  async setup(self: PeerRef) {
    const transport = createWorkerTransport({ self, address: 'race worker' });
    transport.connect();
    return { transport, dispose: () => transport.close() };
  },
};
