import type { StatusPattern } from '../../lib/status-types';

// The status lines several transports write, in English exactly as written (a `{name}` is a
// value, read back by a pattern). A line only one mechanism writes lives in its folder's
// `status.ts`, reached through the registry; status-i18n.ts says how both are read back.
export const texts = {
  'why.connected': 'connected',
  'why.reconnected': 'reconnected',
  'why.attempt': 'attempt {n}',
  'why.closed': 'closed',
  // Where an entry went, when that is said in words (a name or an address stays as given).
  'to.feedPost': 'the feed (POST)',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof texts, true> {}
}

export const patterns: readonly StatusPattern[] = [[/^attempt (\d+)$/, 'why.attempt', ['n']]];
