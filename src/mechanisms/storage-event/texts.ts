// Core texts: the title and summary the navigation and overview show before this page has loaded,
// and the reason codes its log entries carry. English ships with the registry; other languages load
// when chosen (texts.zh-cn.ts). The comparison table's longer texts load with /compare (traits.ts).
export const seTexts = {
  'se.title': 'Storage event',
  'se.summary':
    'A write to localStorage fires a "storage" event in every other tab of the origin, with the key, the old and the new value.',
  'reason.storage-event': 'a storage change that is not a Comms Lab message',
  'reason.storage-clear': 'clear() was called: key is null',
  'reason.not-json': 'the stored value is not JSON',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof seTexts, true> {}
}
