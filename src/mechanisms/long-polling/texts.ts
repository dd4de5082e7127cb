// Core texts: the title and summary the navigation and overview show before this page has loaded,
// and why it cannot race. English ships with the registry; other languages load when chosen
// (texts.zh-cn.ts). The comparison table's longer texts load with /compare (traits.ts).
export const lpTexts = {
  'lp.title': 'Long polling vs SSE vs WebSocket',
  'lp.summary':
    'One server feed delivered three ways at once: a held fetch asked again after every answer, an EventSource and a WebSocket. Requests, bytes on the wire, latency and what a server drop costs, side by side.',
  'lp.cannotRace':
    'Every round trip would need a fresh poll, and the Race sends them back to back. After a burst of 40 the server answers 429 to more than 20 polls a second from one address, so the Race would time that bound, not the mechanism. Paced under it, a round trip would be a POST plus a held request: the SSE row’s path with a new request each time. Its own page times every event of all three ways, side by side, instead.',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof lpTexts, true> {}
}
