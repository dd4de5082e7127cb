import type { texts as en } from './traits';

// 简体中文：每个键都要有译文，缺一个，类型检查就会失败。
export const texts: Record<keyof typeof en, string> = {
  'se.limits':
    '仅字符串；Chromium 中每个源约 500 万个字符（键和值，按 UTF-16 计；其他浏览器各有上限）；同步写入会阻塞页面。',
  'se.typicalUse': '在标签页之间共享设置或登录状态，老浏览器也能用。',
  'se.gotcha':
    '执行写入的窗口收不到事件（同一标签页里的同源 iframe 能收到）；写入相同的值不会触发任何事件。',
};
