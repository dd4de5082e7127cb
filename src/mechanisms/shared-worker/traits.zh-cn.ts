import type { texts as en } from './traits';

// 简体中文：每个键都要有译文，缺一个，类型检查就会失败。
export const texts: Record<keyof typeof en, string> = {
  'shw.limits':
    '仅限同源；Android 版 Chrome 不支持；标签页关闭时 Worker 不会收到通知，最后一个标签页关闭时它就结束。',
  'shw.typicalUse': '多个标签页共用一个连接或缓存；一个所有标签页都与之对话的协调者。',
  'shw.gotcha': '关闭的标签页会留下它的端口：只有道别或心跳消失才能发现。',
};
