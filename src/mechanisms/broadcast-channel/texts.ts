// Core texts: the title and summary the navigation and overview show before this page has loaded.
// English ships with the registry; other languages load when chosen (texts.zh-cn.ts). The
// comparison table's longer texts load with /compare (traits.ts).
export const bcTexts = {
  'bc.title': 'BroadcastChannel',
  'bc.summary':
    'Tabs, frames and workers of one origin join a named channel; a message posted on it reaches every other member, carried as a structured clone.',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof bcTexts, true> {}
}
