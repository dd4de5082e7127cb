// Core texts: the title, summary and traits the navigation, overview and comparison table show
// before this page has loaded. Other languages load when chosen (texts.zh-cn.ts).
export const rtcTexts = {
  'rtc.title': 'WebRTC data channel',
  'rtc.summary':
    'Two tabs talk directly, peer to peer, over an RTCDataChannel: a signalling path (BroadcastChannel here, or the server’s WebSocket) only introduces them.',
  'rtc.limits':
    'One channel per pair; a message up to the negotiated max-message-size (256 KiB in Chromium); across the internet it needs STUN, and TURN behind strict NATs.',
  'rtc.typicalUse':
    'Games, file transfer and collaboration between browsers without routing the data through a server.',
  'rtc.gotcha':
    'Nothing connects until both sides have exchanged offer, answer and candidates through a channel you provide; two offers at once collide (glare).',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof rtcTexts, true> {}
}
