// Core texts: the title and summary the navigation and overview show before this page has loaded.
// English ships with the registry; other languages load when chosen (texts.zh-cn.ts). The
// comparison table's longer texts load with /compare (traits.ts).
export const rtcTexts = {
  'rtc.title': 'WebRTC data channel',
  'rtc.summary':
    'Two tabs talk directly, peer to peer, over an RTCDataChannel: a signalling path (BroadcastChannel here, or the server’s WebSocket) only introduces them.',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof rtcTexts, true> {}
}
