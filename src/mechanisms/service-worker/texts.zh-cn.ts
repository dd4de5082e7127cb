import type { swTexts } from './texts';

// 简体中文：每个键都要有译文，缺一个，类型检查就会失败。
export const texts: Record<keyof typeof swTexts, string> = {
  'sw.title': 'ServiceWorker 转发',
  'sw.summary':
    '一个位于所有标签页之外的 Worker 接收每条消息，并转发给它控制的标签页：全部、其他或指定的一个。',
};
