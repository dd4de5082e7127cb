// The comparison table's longer texts: what limits this mechanism, where it is typically used,
// and the gotcha. Only /compare shows them, so they load with it, not on the first visit.
export const texts = {
  'wl.limits':
    'Same origin, secure context; one connection however many tabs; a takeover must resume the feed (Last-Event-ID) or lose what came meanwhile.',
  'wl.typicalUse': 'Many tabs of one app sharing one WebSocket or SSE connection, or one sync job.',
  'wl.gotcha':
    'The browser hands the lock on when the leader closes, but the new leader must resume where the old one stopped.',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof texts, true> {}
}
