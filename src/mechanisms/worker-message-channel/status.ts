import type { StatusPattern } from '../../lib/status-types';

// The status lines and error messages this page and its transport write into the log, in English
// exactly as written. The log reads them back in Chinese (status.zh-cn.ts); in English it shows
// them as written, so they load with Chinese only.
export const texts = {
  'wmc.status.undecodable': 'a message could not be deserialised',
  'wmc.status.scriptFailed': 'the worker script failed',
  'wmc.status.neverStarted': 'the worker was never started',
  'wmc.status.notReady': 'the worker is not ready',
  'wmc.status.notReadyShort': 'not ready',
  // Where a message went after Terminate (the log's "to" column).
  'wmc.to.terminated': '{label} (terminated)',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof texts, true> {}
}

// Lines that carry values: the groups fill the key's values in order (lib/status-types.ts).
export const patterns: readonly StatusPattern[] = [
  [/^(.+) \(terminated\)$/, 'wmc.to.terminated', ['label']],
];
