// Core texts: the title, summary and traits the navigation, overview and comparison table show
// before this page has loaded. Other languages load when chosen (texts.zh-cn.ts).
export const smTexts = {
  'sm.title': 'SharedArrayBuffer + Atomics',
  'sm.summary':
    'The page and a worker share one block of memory: no message is copied, Atomics orders the writes and wakes the other side.',
  'sm.limits':
    'One agent cluster (a page and its workers); only in a cross-origin isolated document (COOP + COEP); bytes, not objects; Atomics.wait only off the main thread.',
  'sm.typicalUse':
    'Audio and video pipelines, WebAssembly threads, large data worked on by several workers at once.',
  'sm.gotcha':
    'Without Atomics two threads that add to one cell lose updates; and the page must be cross-origin isolated, or SharedArrayBuffer is not even defined.',
  'sm.cannotRace':
    'The Race runs on the comparison page, which is not cross-origin isolated, so SharedArrayBuffer is not defined there. Isolating that page would break other rows: the Race’s popup, served without the same COOP, would lose window.opener, and its cross-origin frame would need CORP.',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof smTexts, true> {}
}
