// Core texts: the title and summary the navigation and overview show before this page has loaded.
// English ships with the registry; other languages load when chosen (texts.zh-cn.ts). The
// comparison table's longer texts load with /compare (traits.ts).
export const shwTexts = {
  'shw.title': 'SharedWorker hub',
  'shw.summary':
    'One worker shared by every tab of the origin: each tab holds a port to it, and the worker relays between them and keeps state they all see.',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof shwTexts, true> {}
}
