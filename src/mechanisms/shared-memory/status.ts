import type { StatusPattern } from '../../lib/status-types';

// The status lines and error messages this page and its transport write into the log, in English
// exactly as written. The log reads them back in Chinese (status.zh-cn.ts); in English it shows
// them as written, so they load with Chinese only.
export const texts = {
  'sm.status.notSetUp': 'the shared buffer is not set up',
  'sm.status.scriptFailed': 'the worker script failed to load',
  'sm.status.counterFailed': 'the counter worker failed',
  'sm.status.countersLate': 'the counters did not finish in time',
  // Where a message went and what a status line is about (the log's "to"): the mailbox worker.
  'sm.status.toMailbox': 'Mailbox worker',
  'sm.status.toMailboxNotNotified': 'Mailbox worker (not notified)',
  'sm.status.mailboxLabel': 'Mailbox worker · SharedArrayBuffer',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof texts, true> {}
}

// None carries a value.
export const patterns: readonly StatusPattern[] = [];
