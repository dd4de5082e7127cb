// The comparison table's longer texts: what limits this mechanism, where it is typically used,
// and the gotcha. Only /compare shows them, so they load with it, not on the first visit.
export const texts = {
  'sm.limits':
    'One agent cluster (a page and its workers); only in a cross-origin isolated document (COOP + COEP); bytes, not objects; Atomics.wait only off the main thread.',
  'sm.typicalUse':
    'Audio and video pipelines, WebAssembly threads, large data worked on by several workers at once.',
  'sm.gotcha':
    'Without Atomics two threads that add to one cell lose updates; and the page must be cross-origin isolated, or SharedArrayBuffer is not even defined.',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof texts, true> {}
}
