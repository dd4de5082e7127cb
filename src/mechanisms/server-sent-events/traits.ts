// The comparison table's longer texts: what limits this mechanism, where it is typically used,
// and the gotcha. Only /compare shows them, so they load with it, not on the first visit.
export const texts = {
  'sse.limits':
    'Server to browser only; text only; over HTTP/1.1 six connections per origin, shared by every tab: six open streams stall every other request to that origin. This server sends a publish to the publisher too (its choice, not the protocol).',
  'sse.typicalUse': 'Notifications, live scores and prices, progress of a long job, dashboards.',
  'sse.gotcha':
    'onmessage hears only unnamed events (and events named "message"): any other name needs addEventListener(name).',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof texts, true> {}
}
