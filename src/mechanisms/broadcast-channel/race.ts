// The race's counterpart: the echo page in a hidden frame on this origin, on a channel of its own.
import { randomId } from '../../lib/ids';
import { ECHO, mountFrame } from '../../lib/race-kit';
import type { Rig } from '../../lib/race-types';
import { meta } from './meta';
import { createBroadcastChannelTransport } from './transport';

export function createRig(): Rig {
  return {
    id: meta.id,
    counterpart: 'an iframe on this origin',
    unavailable: () => (meta.canBeUsed() ? null : 'this browser has no BroadcastChannel'),
    async setup(self, signal) {
      const channel = `comms-lab-race-${randomId().slice(0, 8)}`;
      const frame = await mountFrame(`${ECHO}?mode=bc&channel=${channel}`, signal);
      const transport = createBroadcastChannelTransport({ self, address: channel });
      transport.connect();
      return {
        transport,
        dispose: () => {
          transport.close();
          frame.remove();
        },
      };
    },
  };
}
