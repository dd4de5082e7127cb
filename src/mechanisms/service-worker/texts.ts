// Core texts: the title, summary and traits the navigation, overview and comparison table show
// before this mechanism's page has loaded, and the reason codes its log entries carry. English
// ships with the registry; other languages load when chosen (texts.zh-cn.ts).
export const swTexts = {
  'sw.title': 'ServiceWorker relay',
  'sw.summary':
    'A worker outside every tab receives each message and relays it to the tabs it controls: to all, to the others, or to one.',
  'sw.limits':
    'ServiceWorkers need a secure context (https, localhost, 127.0.0.1); the page that registered the worker is controlled only after claim() or a reload, pages loaded later at once; the browser stops an idle worker and starts it again on the next event.',
  'sw.typicalUse':
    'Offline apps and push notifications; coordinating the tabs of one app through one place.',
  'sw.gotcha':
    'The page that registers the worker is not controlled: what it sends before claim() must wait (a tab opened later is controlled at once).',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof swTexts, true> {}
}
