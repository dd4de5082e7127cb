// Core texts: the title and summary the navigation and overview show before this page has loaded.
// English ships with the registry; other languages load when chosen (texts.zh-cn.ts). The
// comparison table's longer texts and why it cannot race load with /compare (traits.ts).
export const wlTexts = {
  'wl.title': 'Web Locks leader',
  'wl.summary':
    'Tabs queue for one lock; the tab that holds it is the leader, opens the one server feed for all of them and relays it over BroadcastChannel. Close it and the next in line takes over.',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof wlTexts, true> {}
}
