// Core texts: the title and summary the navigation and overview show before this page has loaded.
// English ships with the registry; other languages load when chosen (texts.zh-cn.ts). The
// comparison table's longer texts load with /compare (traits.ts).
export const sseTexts = {
  'sse.title': 'Server-Sent Events',
  'sse.summary':
    'An EventSource keeps one HTTP response open and the server pushes named events down it; the browser reconnects by itself.',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof sseTexts, true> {}
}
