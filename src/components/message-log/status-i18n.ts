import { registerMessages } from '../../i18n/dictionary';
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
} as const;

export const statusZh: Record<keyof typeof statusEn, string> = {
  'why.connected': '已连接',
  'why.reconnected': '已重新连接',
  'why.disconnectedByYou': '由你断开',
  'why.reconnectedByBrowser': '浏览器已自动重连',
  'why.closedByYou': '由你关闭：浏览器不会再重连',
  'why.notControlled': '尚未受控',
  'why.unregistered': '已注销：本页在重新加载前仍然受控',
  'why.leaderQueued': '正在排队等待领导者锁',
  'why.steppedDown': '已让位：重新排到队尾',
  'why.locksInsecure': 'Web Locks 需要安全上下文（https，或 http://localhost）',
  'why.listeningFrom': '从 {id} 之后开始接收',
  'why.listeningFromStart': '从头开始接收',
  'why.attempt': '第 {n} 次尝试',
  'why.leader': '本标签页是领导者（第 {term} 任）：只有它打开数据流',
  'why.controlledBy': '受 v{version} 控制',
  'why.controlledFlushed': '受 v{version} 控制；已发出排队的 {count} 条消息',
};

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof statusEn, true> {}
}

registerMessages({ en: statusEn, 'zh-CN': statusZh });

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
