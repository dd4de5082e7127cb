// The comparison table's longer texts: what limits this mechanism, where it is typically used,
// and the gotcha. Only /compare shows them, so they load with it, not on the first visit.
export const texts = {
  'pop.limits':
    'Popups can be blocked; a message sent before the popup listens is lost; no event says a popup closed.',
  'pop.typicalUse':
    'Login and payment windows (OAuth), a second screen for a presentation, detached tool windows.',
  'pop.gotcha':
    'Posting right after window.open: the popup is not listening yet, and the message is lost.',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof texts, true> {}
}
