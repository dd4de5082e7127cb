// The comparison table's longer texts: what limits this mechanism, where it is typically used,
// and the gotcha. Only /compare shows them, so they load with it, not on the first visit.
export const texts = {
  'shw.limits':
    'Same origin; missing on Chrome for Android; the worker is never told that a tab closed, and ends with the last tab.',
  'shw.typicalUse': 'One connection or cache for many tabs; a coordinator that every tab talks to.',
  'shw.gotcha':
    'A closed tab leaves its port behind: only a goodbye or a missing heartbeat reveals it.',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof texts, true> {}
}
