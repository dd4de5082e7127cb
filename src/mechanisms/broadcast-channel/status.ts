import type { StatusPattern } from '../../lib/status-types';

// The status lines this page and its transport write into the log, in English exactly as
// written (a `{name}` is a value). The log reads them back in Chinese (status.zh-cn.ts); in
// English it shows them as written, so they load with Chinese only.
export const texts = {
  'bc.to.channel': 'channel "{name}"',
  'bc.status.undecodable': 'a message arrived that could not be deserialised',
  'bc.status.neverOpened': 'the channel was never opened',
  'bc.status.notJoined': 'not joined to "{name}"',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof texts, true> {}
}

// Lines that carry values: the groups fill the key's values in order (lib/status-types.ts).
export const patterns: readonly StatusPattern[] = [
  [/^channel "(.*)"$/, 'bc.to.channel', ['name']],
  [/^not joined to "(.*)"$/, 'bc.status.notJoined', ['name']],
];
