// Core texts: the title, summary and traits the navigation, overview and comparison table show
// before this mechanism's page has loaded, and the reason codes its log entries carry. English
// ships with the registry; other languages load when chosen (texts.zh-cn.ts).
export const sseTexts = {
  'sse.title': 'Server-Sent Events',
  'sse.summary':
    'An EventSource keeps one HTTP response open and the server pushes named events down it; the browser reconnects by itself.',
  'sse.limits':
    'Server to browser only; text only; six connections per origin over HTTP/1.1, shared by every tab.',
  'sse.typicalUse': 'Notifications, live scores and prices, progress of a long job, dashboards.',
  'sse.gotcha': 'onmessage hears only unnamed events: a named event needs addEventListener(name).',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof sseTexts, true> {}
}
