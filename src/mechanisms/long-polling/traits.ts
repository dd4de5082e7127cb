// The comparison table's longer texts: what limits this mechanism, where it is typically used,
// and the gotcha. Only /compare shows them, so they load with it, not on the first visit.
export const texts = {
  'lp.limits':
    'Plain HTTP; one request per answer (headers every time); held up to 25 s, so proxies must allow that; a held request takes one of the six HTTP/1.1 connections per host.',
  'lp.typicalUse':
    'Where streams are blocked or buffered (old proxies, some serverless hosts), or events are rare.',
  'lp.gotcha':
    'Nothing retries for you: the page must ask again at once, with the last id it has, or events between two polls are lost.',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof texts, true> {}
}
