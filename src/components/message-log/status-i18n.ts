import { registerTextSource } from '../../i18n/dictionary';
import type { T } from '../../i18n/use-t';

// Transports say why their status changed in plain English ("connected", "listening from 12-4"):
// that text is data to them, and the log is where a learner reads it. Known reasons are
// translated here, by their exact words or, for those that carry a value, by a pattern; anything
// else is shown as written (and marked as such by the row). Kept beside the log, not in each
// transport, so a transport stays free of the UI's languages.
export const statusEn = {
  'why.connected': 'connected',
  'why.reconnected': 'reconnected',
  'why.disconnectedByYou': 'disconnected by you',
  'why.reconnectedByBrowser': 'reconnected by the browser',
  'why.closedByYou': 'closed by you: the browser will not reconnect',
  'why.notControlled': 'not controlled yet',
  'why.unregistered': 'unregistered: this page stays controlled until it reloads',
  'why.leaderQueued': 'queued for the leader lock',
  'why.steppedDown': 'stepped down: queued again at the back',
  'why.locksInsecure': 'Web Locks need a secure context (https, or http://localhost)',
  'why.listeningFrom': 'listening from {id}',
  'why.listeningFromStart': 'listening from the start',
  'why.attempt': 'attempt {n}',
  'why.leader': 'this tab is the leader (term {term}): it alone opens the feed',
  'why.controlledBy': 'controlled by v{version}',
  'why.controlledFlushed': 'controlled by v{version}; {count} queued message(s) sent',
  'why.closed': 'closed',
  'why.rtcWaiting': 'signalling open ({via}): waiting for another tab',
  'why.rtcPolite': 'paired with {name}: this tab is polite',
  'why.rtcImpolite': 'paired with {name}: this tab is impolite',
  'why.rtcLeft': '{name} left: waiting for another tab',
  'why.rtcOpen': 'data channel "{label}" open to {partner} ({facts})',
  'why.rtcClosed': 'data channel "{label}" closed',
} as const;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof statusEn, true> {}
}

registerTextSource({ en: statusEn, load: { 'zh-CN': () => import('./log-i18n.zh-cn') } });

const EXACT = new Map<string, keyof typeof statusEn>(
  (Object.keys(statusEn) as (keyof typeof statusEn)[])
    .filter((key) => !statusEn[key].includes('{'))
    .map((key) => [statusEn[key], key]),
);

// Reasons that carry a value: the pattern's groups fill the key's parameters, in order.
const PATTERNS: [RegExp, keyof typeof statusEn, string[]][] = [
  [/^listening from (.+)$/, 'why.listeningFrom', ['id']],
  [/^attempt (\d+)$/, 'why.attempt', ['n']],
  [/^this tab is the leader \(term (\d+)\): it alone opens the feed$/, 'why.leader', ['term']],
  [
    /^controlled by v(\S+); (\d+) queued message\(s\) sent$/,
    'why.controlledFlushed',
    ['version', 'count'],
  ],
  [/^controlled by v(\S+)$/, 'why.controlledBy', ['version']],
  [/^signalling open \((.+)\): waiting for another tab$/, 'why.rtcWaiting', ['via']],
  [/^paired with (.+): this tab is polite$/, 'why.rtcPolite', ['name']],
  [/^paired with (.+): this tab is impolite$/, 'why.rtcImpolite', ['name']],
  [/^(.+) left: waiting for another tab$/, 'why.rtcLeft', ['name']],
  [/^data channel "(.*)" open to (.+) \((.*)\)$/, 'why.rtcOpen', ['label', 'partner', 'facts']],
  [/^data channel "(.*)" closed$/, 'why.rtcClosed', ['label']],
];

/** A status reason in the reader's language, or null when it is not one the app knows. */
export function translateStatusReason(t: T, reason: string): string | null {
  const exact = EXACT.get(reason);
  if (exact) return t(exact);
  for (const [pattern, key, names] of PATTERNS) {
    const match = pattern.exec(reason);
    if (match)
      return t(key, Object.fromEntries(names.map((name, i) => [name, match[i + 1] ?? ''])));
  }
  return null;
}
