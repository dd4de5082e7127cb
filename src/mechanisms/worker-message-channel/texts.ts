// Core texts: the title and summary the navigation and overview show before this page has loaded.
// English ships with the registry; other languages load when chosen (texts.zh-cn.ts). The
// comparison table's longer texts load with /compare (traits.ts).
export const wmcTexts = {
  'wmc.title': 'Worker + MessageChannel',
  'wmc.summary':
    'The page and its own dedicated Worker post structured clones to each other; a MessageChannel gives two workers a private pipe the page is not on.',
  'wmc.tip':
    'Everything here stays in this tab: a second tab starts workers of its own and sees none of these messages.',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof wmcTexts, true> {}
}
