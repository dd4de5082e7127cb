// Core texts: the title, summary and traits the navigation, overview and comparison table show
// before this mechanism's page has loaded, and the reason codes its log entries carry. English
// ships with the registry; other languages load when chosen (texts.zh-cn.ts).
export const swTexts = {
  'sw.title': 'ServiceWorker relay',
  'sw.summary':
    'A worker outside every tab receives each message and relays it to the tabs it controls: to all, to the others, or to one.',
  'sw.limits':
    'Secure contexts only; a page is controlled only once claimed; the browser stops idle workers.',
  'sw.typicalUse':
    'Offline apps and push notifications; coordinating the tabs of one app through one place.',
  'sw.gotcha':
    'The first load is not controlled: messages sent before the worker claims the page must wait.',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof swTexts, true> {}
}
