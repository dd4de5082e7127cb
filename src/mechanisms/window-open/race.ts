// The race's counterpart: the echo page in a popup on this origin, opened in the click that
// starts the race (a popup opened after an await would be blocked).
import { demoOrigins } from '../../lib/app-config';
import { echoWindowUrl, windowSession } from '../../lib/race-kit';
import type { Rig } from '../../lib/race-types';
import { openPopup } from '../../lib/window-messaging/popup';
import { meta } from './meta';

export function createRig(): Rig {
  let popup: Window | null = null;
  return {
    id: meta.id,
    counterpart: 'a popup on this origin',
    unavailable: () => null,
    inGesture() {
      const opened = openPopup(echoWindowUrl(), 'comms-lab-race', {
        width: 320,
        height: 240,
        left: 0,
        top: 0,
        noopener: false,
        noreferrer: false,
      });
      popup = opened.kind === 'opened' ? opened.window : null;
      return () => popup?.close();
    },
    async setup(self) {
      const opened = popup;
      if (!opened) throw new Error('the browser blocked the popup (allow popups for this page)');
      return windowSession(
        self,
        'race popup',
        () => (opened.closed ? null : opened),
        demoOrigins().app,
        () => opened.close(),
      );
    },
  };
}
