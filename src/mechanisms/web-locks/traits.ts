// The comparison table's longer texts: what limits this mechanism, where it is typically used,
// the gotcha, and why it cannot race (only the Race, on /compare, says it). Only /compare shows
// them, so they load with it, not on the first visit.
export const texts = {
  'wl.limits':
    'Same origin, secure context; one connection however many tabs; a takeover must resume the feed (Last-Event-ID) or lose what came meanwhile.',
  'wl.typicalUse': 'Many tabs of one app sharing one WebSocket or SSE connection, or one sync job.',
  'wl.gotcha':
    'The browser hands the lock on when the leader closes, but the new leader must resume where the old one stopped.',
  'wl.cannotRace':
    'The lock is taken once per leader, not per message. A rig would time the SSE feed to the leader plus one BroadcastChannel hop to the other tabs, and both race in their own rows.',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof texts, true> {}
}
