import type { StatusPattern } from '../../lib/status-types';

// The status lines this page and its transport write into the log, in English exactly as
// written (a `{name}` is a value). The log reads them back in Chinese (status.zh-cn.ts); in
// English it shows them as written, so they load with Chinese only.
export const texts = {
  'lp.status.way': '{way}: {reason}',
  'lp.status.wayPoll': 'long poll',
  'lp.status.streamOpen': 'stream open',
  'lp.status.socketOpen': 'socket open',
  'lp.status.pollAnswered': 'held, answered, asked again',
  'lp.status.streamBroke': 'the stream broke: the browser retries with Last-Event-ID',
  'lp.status.socketRetry': 'closed ({code}): reconnecting in 1 s {from}',
  'lp.status.pollFailed': 'the held request failed ({message}): asking again {from}',
  'lp.status.fromLastId': 'with after=<last id>',
  'lp.status.fromNow': 'from now',
  'lp.status.fromNowResumeOff': 'from now (resume is off)',
  'lp.status.fromCursor': 'after {cursor}',
  'lp.status.http': 'HTTP {status}: {message}',
  'lp.status.refused': 'refused',
  'lp.status.notFeedJson': 'the answer is not the feed’s JSON',
  'lp.to.feedWays': 'the feed at {address}, three ways',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof texts, true> {}
}

// Lines that carry values: the groups fill the key's values in order (lib/status-types.ts).
export const patterns: readonly StatusPattern[] = [
  [/^(long poll|EventSource|WebSocket): (.+)$/, 'lp.status.way', ['way*', 'reason*']],
  [/^closed \((\d+)\): reconnecting in 1 s (.+)$/, 'lp.status.socketRetry', ['code', 'from*']],
  [
    /^the held request failed \((.*)\): asking again (.+)$/,
    'lp.status.pollFailed',
    ['message!', 'from*'],
  ],
  [/^after (\S+)$/, 'lp.status.fromCursor', ['cursor']],
  // The server's refusal: its code's English, read back; else its own words, marked.
  [/^HTTP (\d+): (.+)$/, 'lp.status.http', ['status', 'message~']],
  [/^the feed at (.+), three ways$/, 'lp.to.feedWays', ['address']],
];
