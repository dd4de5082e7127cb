import { registerMessages } from '../../i18n/dictionary';

// Claims of this page that are not already one of its teaching points.
export const seClaimsEn = {
  'se.claim.quota':
    'Chromium accepts 5,242,880 characters per origin (keys and values, counted in UTF-16: 10 MiB by its own accounting), not "5 MiB". Firefox ESR measured the same: both filled 5,242,719 characters in 512-character steps. Other browsers set their own limit, so the meter shows what this browser measured.',
  'se.claim.order':
    "Each write fires its events in its own task: one writer's events arrive in order, but nothing orders two writers' writes.",
  'se.claim.frame':
    'This is a same-origin frame inside this tab. It counts the storage events it gets, those of this window’s own writes included.',
  'se.frame.title': 'Same-origin frame in this tab',
  'se.frame.none': 'This frame has heard no storage event yet. Send or set an item in this tab.',
  'se.frame.heardOne': 'This frame heard one storage event, for key "{key}".',
  'se.frame.heard': 'This frame heard {count} storage events; the last for key "{key}".',
} as const;

export const seClaimsZh: Record<keyof typeof seClaimsEn, string> = {
  'se.claim.quota':
    'Chromium 每个源可存 5,242,880 个字符（键和值，按 UTF-16 计：按它自己的算法是 10 MiB），而不是“5 MiB”。Firefox ESR 实测相同：两者以 512 个字符为步长都填入了 5,242,719 个字符。其他浏览器各有上限，所以配额条显示的是本浏览器实测的值。',
  'se.claim.order':
    '每次写入都在自己的任务里触发事件：同一个写入者的事件按顺序到达，但两个写入者之间没有顺序保证。',
  'se.claim.frame':
    '这是本标签页里的一个同源 iframe。它统计自己收到的 storage 事件，包括本窗口自己写入所触发的事件。',
  'se.frame.title': '本标签页里的同源 iframe',
  'se.frame.none': '这个 iframe 还没有收到 storage 事件。在本标签页里发送或写入一个条目。',
  // Chinese has one plural form (i18n/plural.ts): both keys say the same.
  'se.frame.heardOne': '这个 iframe 收到了 {count} 个 storage 事件；最近一个的键是“{key}”。',
  'se.frame.heard': '这个 iframe 收到了 {count} 个 storage 事件；最近一个的键是“{key}”。',
};

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof seClaimsEn, true> {}
}

registerMessages({ en: seClaimsEn, 'zh-CN': seClaimsZh });
