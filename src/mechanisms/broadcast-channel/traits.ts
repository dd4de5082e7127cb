// The comparison table's longer texts: what limits this mechanism, where it is typically used,
// and the gotcha. Only /compare shows them, so they load with it, not on the first visit.
export const texts = {
  'bc.limits':
    'Same origin (and storage partition) only; no delivery guarantee to a tab that is not listening yet.',
  'bc.typicalUse': 'Log out every tab at once; keep tabs of one app in sync.',
  'bc.gotcha':
    'The object that posts never hears its own message; a second channel object of that name in the same tab does.',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof texts, true> {}
}
