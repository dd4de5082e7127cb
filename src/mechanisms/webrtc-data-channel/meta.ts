import type { MechanismMeta } from '../../lib/mechanism-types';

export const meta: MechanismMeta = {
  id: 'webrtc-data-channel',
  titleKey: 'rtc.title',
  summaryKey: 'rtc.summary',
  mdn: 'https://developer.mozilla.org/en-US/docs/Web/API/RTCDataChannel',
  /** The BroadcastChannel the tabs of this browser signal on. */
  defaultAddress: 'comms-lab-rtc',
  canBeUsed: () => typeof globalThis.RTCPeerConnection === 'function',
  traits: {
    // Tab to tab with no server in the data path; the signalling needs a way to meet first.
    scope: 'cross-origin',
    direction: 'one-to-one',
    needsServer: false,
    reachesSender: false,
    payload: 'string-or-binary',
    binary: true,
    // Ordered by default; unordered (and partly reliable) when the channel is made so.
    ordering: 'ordered',
    survivesReload: false,
    autoReconnect: 'no',
    limitsKey: 'rtc.limits',
    typicalUseKey: 'rtc.typicalUse',
    gotchaKey: 'rtc.gotcha',
  },
};
