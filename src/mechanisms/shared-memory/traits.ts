// The comparison table's longer texts: what limits this mechanism, where it is typically used,
// the gotcha, and why it cannot race (only the Race, on /compare, says it). Only /compare shows
// them, so they load with it, not on the first visit.
export const texts = {
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
  interface MechanismMessages extends Record<keyof typeof texts, true> {}
}
