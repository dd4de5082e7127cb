// The comparison table's longer texts: what limits this mechanism, where it is typically used,
// and the gotcha. Only /compare shows them, so they load with it, not on the first visit.
export const texts = {
  'wmc.limits':
    'One page and the workers it created; a port listened to with addEventListener needs start(); a terminated worker drops what follows.',
  'wmc.typicalUse': 'Heavy work off the main thread: parsing, image processing, search indexes.',
  'wmc.gotcha': 'A transferred ArrayBuffer is gone from the sender: its byteLength becomes 0.',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof texts, true> {}
}
