import type { shwTexts } from './texts';

// 简体中文：每个键都要有译文，缺一个，类型检查就会失败。
export const texts: Record<keyof typeof shwTexts, string> = {
  'shw.title': 'SharedWorker 中转站',
  'shw.summary':
    '同源的所有标签页共享一个 Worker：每个标签页持有一个通往它的端口，Worker 在它们之间转发消息，并保存所有标签页都能看到的状态。',
};
