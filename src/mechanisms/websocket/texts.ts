// Core texts: the title and summary the navigation and overview show before this page has loaded.
// English ships with the registry; other languages load when chosen (texts.zh-cn.ts). The
// comparison table's longer texts load with /compare (traits.ts).
export const wsTexts = {
  'ws.title': 'WebSocket chat',
  'ws.summary':
    'One long-lived, two-way connection to the server, which relays chat messages between every tab in a room.',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof wsTexts, true> {}
}
