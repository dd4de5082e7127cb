// The comparison table's longer texts: what limits this mechanism, where it is typically used,
// and the gotcha. Only /compare shows them, so they load with it, not on the first visit.
export const texts = {
  'ifr.limits':
    'One window to one window; a wrong targetOrigin fails silently; the receiver must check event.origin itself.',
  'ifr.typicalUse':
    'Embedded widgets, payment and login frames, talking to a page on another origin.',
  'ifr.gotcha': 'Posting with "*" and never checking event.origin lets any page in.',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof texts, true> {}
}
