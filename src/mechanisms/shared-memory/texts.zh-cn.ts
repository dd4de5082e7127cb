import type { smTexts } from './texts';

// 简体中文：每个键都要有译文，缺一个，类型检查就会失败。
export const texts: Record<keyof typeof smTexts, string> = {
  'sm.title': 'SharedArrayBuffer + Atomics',
  'sm.summary':
    '页面和一个 Worker 共享同一块内存：消息不被复制，Atomics 保证写入的顺序并唤醒另一方。',
  'sm.cannotRace':
    '竞速在对比页上运行，那个页面没有跨源隔离，所以在那里 SharedArrayBuffer 没有定义。把那个页面隔离起来会破坏其他行：竞速的弹出窗口没有相同的 COOP，会失去 window.opener；竞速的跨源框架则需要 CORP。',
};
