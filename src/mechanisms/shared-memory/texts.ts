// Core texts: the title and summary the navigation and overview show before this page has loaded,
// and why it cannot race. English ships with the registry; other languages load when chosen
// (texts.zh-cn.ts). The comparison table's longer texts load with /compare (traits.ts).
export const smTexts = {
  'sm.title': 'SharedArrayBuffer + Atomics',
  'sm.summary':
    'The page and a worker share one block of memory: no message is copied, Atomics orders the writes and wakes the other side.',
  'sm.cannotRace':
    'The Race runs on the comparison page, which is not cross-origin isolated, so SharedArrayBuffer is not defined there. Isolating that page would break other rows: the Race’s popup, served without the same COOP, would lose window.opener, and its cross-origin frame would need CORP.',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof smTexts, true> {}
}
