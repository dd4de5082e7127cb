// Core texts: the title, summary and traits the navigation, overview and comparison table show
// before this mechanism's page has loaded, and the reason codes its log entries carry. English
// ships with the registry; other languages load when chosen (texts.zh-cn.ts).
export const wsTexts = {
  'ws.title': 'WebSocket chat',
  'ws.summary':
    'One long-lived, two-way connection to the server, which relays chat messages between every tab in a room.',
  'ws.limits':
    'Needs a server; the browser does not reconnect by itself; 64 KiB per frame and 20 messages a second here.',
  'ws.typicalUse': 'Chat, multiplayer games, live collaboration, anything both sides start.',
  'ws.gotcha':
    'A dropped connection stays dropped: reconnecting, backing off and resending are your code.',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof wsTexts, true> {}
}
