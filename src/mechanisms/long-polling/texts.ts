// Core texts: the title and summary the navigation and overview show before this page has loaded.
// English ships with the registry; other languages load when chosen (texts.zh-cn.ts). The
// comparison table's longer texts and why it cannot race load with /compare (traits.ts).
export const lpTexts = {
  'lp.title': 'Long polling vs SSE vs WebSocket',
  'lp.summary':
    'One server feed delivered three ways at once: a held fetch asked again after every answer, an EventSource and a WebSocket.',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof lpTexts, true> {}
}
