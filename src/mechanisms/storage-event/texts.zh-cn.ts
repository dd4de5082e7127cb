import type { seTexts } from './texts';

// 简体中文：每个键都要有译文，缺一个，类型检查就会失败。
export const texts: Record<keyof typeof seTexts, string> = {
  'se.title': 'storage 事件',
  'se.summary':
    '写入 localStorage 会在同源的其他每个标签页里触发“storage”事件，带有键、旧值和新值。',
  'reason.storage-event': '不是通信实验室消息的存储变化',
  'reason.storage-clear': '调用了 clear()：key 为 null',
  'reason.not-json': '存储的值不是 JSON',
};
