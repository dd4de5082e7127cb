// The comparison table's longer texts: what limits this mechanism, where it is typically used,
// and the gotcha. Only /compare shows them, so they load with it, not on the first visit.
export const texts = {
  'sw.limits':
    'ServiceWorkers need a secure context (https, localhost, 127.0.0.1); the page that registered the worker is controlled only after claim() or a reload, pages loaded later at once; the browser stops an idle worker and starts it again on the next event.',
  'sw.typicalUse':
    'Offline apps and push notifications; coordinating the tabs of one app through one place.',
  'sw.gotcha':
    'The page that registers the worker is not controlled: what it sends before claim() must wait (a tab opened later is controlled at once).',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof texts, true> {}
}
