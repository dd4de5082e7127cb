// Core texts: the title, summary and traits the navigation, overview and comparison table show
// before this mechanism's page has loaded, and the reason codes its log entries carry. English
// ships with the registry; other languages load when chosen (texts.zh-cn.ts).
export const seTexts = {
  'se.title': 'Storage event',
  'se.summary':
    'A write to localStorage fires a "storage" event in every other tab of the origin, with the key, the old and the new value.',
  'se.limits': 'Strings only; about 5 MiB per origin; synchronous writes block the page.',
  'se.typicalUse': 'Share a setting or a login state between tabs, even in old browsers.',
  'se.gotcha': 'The tab that writes gets no event, and writing the same value fires nothing.',
  'reason.storage-event': 'a storage change that is not a Comms Lab message',
  'reason.storage-clear': 'clear() was called: key is null',
  'reason.not-json': 'the stored value is not JSON',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof seTexts, true> {}
}
