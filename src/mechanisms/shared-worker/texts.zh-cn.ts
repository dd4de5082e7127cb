import type { shwTexts } from './texts';

// 简体中文：每个键都要有译文，缺一个，类型检查就会失败。
export const texts: Record<keyof typeof shwTexts, string> = {
  'shw.title': 'SharedWorker 中转站',
  'shw.summary':
    '同源的所有标签页共享一个 Worker：每个标签页持有一个通往它的端口，Worker 在它们之间转发消息，并保存所有标签页都能看到的状态。',
  'shw.limits':
    '仅限同源；Android 版 Chrome 不支持；标签页关闭时 Worker 不会收到通知，最后一个标签页关闭时它就结束。',
  'shw.typicalUse': '多个标签页共用一个连接或缓存；一个所有标签页都与之对话的协调者。',
  'shw.gotcha': '关闭的标签页会留下它的端口：只有道别或心跳消失才能发现。',
};
