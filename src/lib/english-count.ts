// Transports write their status lines in plain English: the log shows them as written in English
// and reads them back in other languages (components/message-log/status-i18n.ts), so a count in
// such a line picks its English form here, by English's plural rule ("1 queued message", "3 queued
// messages"), never "message(s)". A word in place of a number ("some") takes the plural.
// https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Intl/PluralRules
const english = new Intl.PluralRules('en');

/** `3 events`, `1 event`, `some events`: the count, then its noun in the form the count needs. */
export function englishCount(count: number | string, one: string, other: string): string {
  const single = typeof count === 'number' && english.select(count) === 'one';
  return `${count} ${single ? one : other}`;
}
