// Core texts: the title, summary and traits the navigation, overview and comparison table show
// before this page has loaded. Other languages load when chosen (texts.zh-cn.ts).
export const wmcTexts = {
  'wmc.title': 'Worker + MessageChannel',
  'wmc.summary':
    'The page and its own dedicated Worker post structured clones to each other; a MessageChannel gives two workers a private pipe the page is not on.',
  'wmc.limits':
    'One page and the workers it created; a port listened to with addEventListener needs start(); a terminated worker drops what follows.',
  'wmc.typicalUse': 'Heavy work off the main thread: parsing, image processing, search indexes.',
  'wmc.gotcha': 'A transferred ArrayBuffer is gone from the sender: its byteLength becomes 0.',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof wmcTexts, true> {}
}
