// The race's counterpart: the echo page in a hidden frame on this origin, watching a key of its own.
import { randomId } from '../../lib/ids';
import { ECHO, mountFrame } from '../../lib/race-kit';
import type { Rig } from '../../lib/race-types';
import { safeStorage } from '../../lib/safe-storage';
import { meta } from './meta';
import { createStorageEventTransport } from './transport';

export function createRig(): Rig {
  return {
    id: meta.id,
    counterpart: 'an iframe on this origin',
    unavailable: () =>
      safeStorage.get('local', 'comms-lab-race-probe').ok ? null : 'localStorage is unavailable',
    async setup(self, signal) {
      const key = `comms-lab-race:${randomId().slice(0, 8)}`;
      const frame = await mountFrame(`${ECHO}?mode=storage&key=${key}`, signal);
      const transport = createStorageEventTransport({ self, address: key });
      transport.connect();
      return {
        transport,
        dispose: () => {
          transport.close();
          frame.remove();
          safeStorage.remove('local', key);
        },
      };
    },
  };
}
