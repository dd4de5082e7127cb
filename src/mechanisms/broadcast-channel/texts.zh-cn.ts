import type { bcTexts } from './texts';

// 简体中文：每个键都要有译文，缺一个，类型检查就会失败。
export const texts: Record<keyof typeof bcTexts, string> = {
  'bc.title': 'BroadcastChannel',
  'bc.summary':
    '同源的标签页、iframe 和 Worker 加入同名频道；在频道上发出的消息会以结构化克隆的形式送达其他每个成员。',
};
