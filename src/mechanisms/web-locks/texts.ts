// Core texts: the title, summary and traits the navigation, overview and comparison table show
// before this page has loaded. Other languages load when chosen (texts.zh-cn.ts).
export const wlTexts = {
  'wl.title': 'Web Locks leader',
  'wl.summary':
    'Tabs queue for one lock; the tab that holds it is the leader, opens the one server feed for all of them and relays it over BroadcastChannel. Close it and the next in line takes over.',
  'wl.limits':
    'Same origin, secure context; one connection however many tabs; a takeover must resume the feed (Last-Event-ID) or lose what came meanwhile.',
  'wl.typicalUse': 'Many tabs of one app sharing one WebSocket or SSE connection, or one sync job.',
  'wl.gotcha':
    'The browser hands the lock on when the leader closes, but the new leader must resume where the old one stopped.',
  'wl.cannotRace':
    'The lock is taken once per leader, not per message. A rig would time the SSE feed to the leader plus one BroadcastChannel hop to the other tabs, and both race in their own rows.',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof wlTexts, true> {}
}
