// The race's counterpart: the echo page in a hidden frame on the other origin (port).
import { demoOrigins } from '../../lib/app-config';
import { echoWindowUrl, mountFrame, windowSession } from '../../lib/race-kit';
import type { Rig } from '../../lib/race-types';
import { meta } from './meta';

export function createRig(): Rig {
  return {
    id: meta.id,
    counterpart: 'an iframe on the other origin (port)',
    unavailable: () => null,
    async setup(self, signal) {
      const origins = demoOrigins();
      const frame = await mountFrame(echoWindowUrl(origins.foreign), signal);
      return windowSession(
        self,
        'race frame',
        () => frame.contentWindow,
        origins.foreign,
        () => frame.remove(),
      );
    },
  };
}
