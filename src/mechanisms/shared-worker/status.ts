import type { StatusPattern } from '../../lib/status-types';

// The status lines this page and its transport write into the log, in English exactly as
// written (a `{name}` is a value). The log reads them back in Chinese (status.zh-cn.ts); in
// English it shows them as written, so they load with Chinese only.
export const texts = {
  'shw.status.leftGoodbye': '{name} left (said goodbye)',
  'shw.status.wentSilent': '{name} went silent (no heartbeat for {s} s)',
  'shw.status.hubFailed': 'the hub script failed to load',
  'shw.status.notConnected': 'not connected to the hub',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof texts, true> {}
}

// Lines that carry values: the groups fill the key's values in order (lib/status-types.ts).
export const patterns: readonly StatusPattern[] = [
  [/^(.+) left \(said goodbye\)$/, 'shw.status.leftGoodbye', ['name']],
  [/^(.+) went silent \(no heartbeat for (\d+) s\)$/, 'shw.status.wentSilent', ['name', 's']],
];
