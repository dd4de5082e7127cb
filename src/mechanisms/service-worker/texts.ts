// Core texts: the title and summary the navigation and overview show before this page has loaded.
// English ships with the registry; other languages load when chosen (texts.zh-cn.ts). The
// comparison table's longer texts load with /compare (traits.ts).
export const swTexts = {
  'sw.title': 'ServiceWorker relay',
  'sw.summary':
    'A worker outside every tab receives each message and relays it to the tabs it controls: to all, to the others, or to one.',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof swTexts, true> {}
}
