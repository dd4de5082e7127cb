import type { StatusPattern } from '../../lib/status-types';

// The status lines and error messages this page and its transport write into the log, in English
// exactly as written. The log reads them back in Chinese (status.zh-cn.ts); in English it shows
// them as written, so they load with Chinese only.
export const texts = {
  'pop.status.blocked': 'the browser blocked the popup (allow popups for this page)',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof texts, true> {}
}

// None carries a value.
export const patterns: readonly StatusPattern[] = [];
