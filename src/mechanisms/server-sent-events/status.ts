import type { StatusPattern } from '../../lib/status-types';

// The status lines this page and its transport write into the log, in English exactly as
// written (a `{name}` is a value). The log reads them back in Chinese (status.zh-cn.ts); in
// English it shows them as written, so they load with Chinese only.
export const texts = {
  'sse.status.reconnectedByBrowser': 'reconnected by the browser',
  'sse.status.closedByYou': 'closed by you: the browser will not reconnect',
  'sse.status.listeningFrom': 'listening from {id}',
  'sse.status.listeningFromStart': 'listening from the start',
  'sse.status.none': '(none)',
  'sse.status.overPublishLimit': 'over the server’s 8 KiB publish limit',
  'sse.status.feedLoading': 'the feed is still loading',
  'sse.status.instanceLost': 'instance lost: moving, resuming after {id}',
  'sse.status.gaveUp': 'the browser gave up: the answer was not a 200 text/event-stream',
  'sse.status.retryIn': 'connection lost: the browser retries in {ms} ms with Last-Event-ID {id}',
  'sse.status.retry': 'connection lost: the browser retries with Last-Event-ID {id}',
  // One key per English form: the log reads a line back by its words (status-i18n.ts).
  'sse.status.resumedOne': 'resumed after {id}: {n} missed event replayed',
  'sse.status.resumed': 'resumed after {id}: {n} missed events replayed',
  'sse.status.resetRestarted':
    'FeedReset: the server restarted: events after {id} cannot be replayed',
  'sse.status.resetTooOldOne': 'FeedReset: {n} event after {id} is no longer kept',
  'sse.status.resetTooOld': 'FeedReset: {n} events after {id} are no longer kept',
  'sse.status.some': 'some',
  'sse.status.resetUnknown': 'FeedReset: the id {id} means nothing to this server',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof texts, true> {}
}

// Lines that carry values: the groups fill the key's values in order (lib/status-types.ts).
export const patterns: readonly StatusPattern[] = [
  [/^listening from (.+)$/, 'sse.status.listeningFrom', ['id']],
  [/^instance lost: moving, resuming after (.+)$/, 'sse.status.instanceLost', ['id*']],
  [
    /^connection lost: the browser retries in (\d+) ms with Last-Event-ID (.+)$/,
    'sse.status.retryIn',
    ['ms', 'id*'],
  ],
  [/^connection lost: the browser retries with Last-Event-ID (.+)$/, 'sse.status.retry', ['id*']],
  [
    /^FeedReset: the server restarted: events after (\S+) cannot be replayed$/,
    'sse.status.resetRestarted',
    ['id'],
  ],
  [
    /^FeedReset: (1) event after (\S+) is no longer kept$/,
    'sse.status.resetTooOldOne',
    ['n', 'id'],
  ],
  [
    /^FeedReset: (\S+) events after (\S+) are no longer kept$/,
    'sse.status.resetTooOld',
    ['n*', 'id'],
  ],
  [/^FeedReset: the id (\S+) means nothing to this server$/, 'sse.status.resetUnknown', ['id']],
  [/^resumed after (\S+): (1) missed event replayed$/, 'sse.status.resumedOne', ['id', 'n']],
  [/^resumed after (\S+): (\d+) missed events replayed$/, 'sse.status.resumed', ['id', 'n']],
];
