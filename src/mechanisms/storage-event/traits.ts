// The comparison table's longer texts: what limits this mechanism, where it is typically used,
// and the gotcha. Only /compare shows them, so they load with it, not on the first visit.
export const texts = {
  'se.limits':
    'Strings only; about 5 million characters per origin in Chromium (keys and values, UTF-16; other browsers set their own limit); synchronous writes block the page.',
  'se.typicalUse': 'Share a setting or a login state between tabs, even in old browsers.',
  'se.gotcha':
    'The window that writes gets no event (a same-origin frame in its tab does), and writing the same value fires nothing.',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof texts, true> {}
}
