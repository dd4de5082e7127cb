import type { wlTexts } from './texts';

// 简体中文：每个键都要有译文，缺一个，类型检查就会失败。
export const texts: Record<keyof typeof wlTexts, string> = {
  'wl.title': 'Web Locks 领导者',
  'wl.summary':
    '标签页排队争取同一把锁；持有它的标签页就是领导者，为所有标签页打开唯一的服务器事件流，并通过 BroadcastChannel 转发。关闭它，排在下一位的标签页接手。',
};
