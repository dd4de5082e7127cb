// The comparison table's longer texts: what limits this mechanism, where it is typically used,
// and the gotcha. Only /compare shows them, so they load with it, not on the first visit.
export const texts = {
  'ws.limits':
    'Needs a server; the browser does not reconnect by itself; 64 KiB per frame and 20 messages a second here; whether the sender hears itself is up to the server (this one acknowledges instead).',
  'ws.typicalUse': 'Chat, multiplayer games, live collaboration, anything both sides start.',
  'ws.gotcha':
    'A dropped connection stays dropped: reconnecting, backing off and resending are your code.',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof texts, true> {}
}
