import type { smTexts } from './texts';

// 简体中文：每个键都要有译文，缺一个，类型检查就会失败。
export const texts: Record<keyof typeof smTexts, string> = {
  'sm.title': 'SharedArrayBuffer + Atomics',
  'sm.summary':
    '页面和一个 Worker 共享同一块内存：消息不被复制，Atomics 保证写入的顺序并唤醒另一方。',
  'sm.tip':
    '提示：下面的 Worker 与本标签页共享内存；第二个标签页展示共享在哪里止步：它的内存是它自己的。',
};
