// Core texts: the title, summary and traits the navigation, overview and comparison table show
// before this mechanism's page has loaded, and the reason codes its log entries carry. English
// ships with the registry; other languages load when chosen (texts.zh-cn.ts).
export const bcTexts = {
  'bc.title': 'BroadcastChannel',
  'bc.summary':
    'Tabs, frames and workers of one origin join a named channel; a message posted on it reaches every other member, carried as a structured clone.',
  'bc.limits':
    'Same origin (and storage partition) only; no delivery guarantee to a tab that is not listening yet.',
  'bc.typicalUse': 'Log out every tab at once; keep tabs of one app in sync.',
  'bc.gotcha': 'The sender never hears its own message.',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof bcTexts, true> {}
}
