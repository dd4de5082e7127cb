// The comparison table's longer texts: what limits this mechanism, where it is typically used,
// and the gotcha. Only /compare shows them, so they load with it, not on the first visit.
export const texts = {
  'rtc.limits':
    'One channel per pair; a message up to the negotiated max-message-size (256 KiB in Chromium); across the internet it needs STUN, and TURN behind strict NATs.',
  'rtc.typicalUse':
    'Games, file transfer and collaboration between browsers without routing the data through a server.',
  'rtc.gotcha':
    'Nothing connects until both sides have exchanged offer, answer and candidates through a channel you provide; two offers at once collide (glare).',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof texts, true> {}
}
