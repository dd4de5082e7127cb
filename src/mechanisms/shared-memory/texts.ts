// Core texts: the title and summary the navigation and overview show before this page has loaded.
// English ships with the registry; other languages load when chosen (texts.zh-cn.ts). The
// comparison table's longer texts and why it cannot race load with /compare (traits.ts).
export const smTexts = {
  'sm.title': 'SharedArrayBuffer + Atomics',
  'sm.summary':
    'The page and a worker share one block of memory: no message is copied, Atomics orders the writes and wakes the other side.',
  'sm.tip':
    "Tip: the workers below share this tab's memory; a second tab shows where sharing stops: its memory is its own.",
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof smTexts, true> {}
}
