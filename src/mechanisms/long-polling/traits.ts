// The comparison table's longer texts: what limits this mechanism, where it is typically used,
// the gotcha, and why it cannot race (only the Race, on /compare, says it). Only /compare shows
// them, so they load with it, not on the first visit.
export const texts = {
  'lp.limits':
    'Plain HTTP; one request per answer (headers every time); held up to 25 s, so proxies must allow that; a held request takes one of the six HTTP/1.1 connections per host.',
  'lp.typicalUse':
    'Where streams are blocked or buffered (old proxies, some serverless hosts), or events are rare.',
  'lp.gotcha':
    'Nothing retries for you: the page must ask again at once, with the last id it has, or events between two polls are lost.',
  'lp.cannotRace':
    'Every round trip would need a fresh poll, and the Race sends them back to back. After a burst of 40 the server answers 429 to more than 20 polls a second from one address, so the Race would time that bound, not the mechanism. Paced under it, a round trip would be a POST plus a held request: the SSE row’s path with a new request each time. Its own page times every event of all three ways, side by side, instead.',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof texts, true> {}
}
