import type { StatusPattern } from '../../lib/status-types';

// The status lines this page and its transport write into the log, in English exactly as
// written (a `{name}` is a value). The log reads them back in Chinese (status.zh-cn.ts); in
// English it shows them as written, so they load with Chinese only.
export const texts = {
  'wl.status.leaderQueued': 'queued for the leader lock',
  'wl.status.steppedDown': 'stepped down: queued again at the back',
  'wl.status.naive': 'naive: this tab opens its own stream',
  'wl.status.locksInsecure': 'Web Locks need a secure context (https, or http://localhost)',
  'wl.status.leader': 'this tab is the leader (term {term}): it alone opens the feed',
  'wl.to.lock': 'lock "{name}"',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof texts, true> {}
}

// Lines that carry values: the groups fill the key's values in order (lib/status-types.ts).
export const patterns: readonly StatusPattern[] = [
  [
    /^this tab is the leader \(term (\d+)\): it alone opens the feed$/,
    'wl.status.leader',
    ['term'],
  ],
  [/^lock "(.*)"$/, 'wl.to.lock', ['name']],
];
