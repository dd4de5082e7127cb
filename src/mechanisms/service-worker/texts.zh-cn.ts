import type { swTexts } from './texts';

// 简体中文：每个键都要有译文，缺一个，类型检查就会失败。
export const texts: Record<keyof typeof swTexts, string> = {
  'sw.title': 'ServiceWorker 转发',
  'sw.summary':
    '一个位于所有标签页之外的 worker 接收每条消息，并转发给它控制的标签页：全部、其他或指定的一个。',
  'sw.limits': '仅限安全上下文；页面被认领后才受控；浏览器会停止空闲的 worker。',
  'sw.typicalUse': '离线应用和推送通知；让同一应用的多个标签页通过一个地方协调。',
  'sw.gotcha': '第一次加载时页面不受控：worker 认领页面之前发出的消息必须等待。',
};
