import type { texts as en } from './traits';

// 简体中文：每个键都要有译文，缺一个，类型检查就会失败。
export const texts: Record<keyof typeof en, string> = {
  'sw.limits':
    'ServiceWorker 需要安全上下文（https、localhost、127.0.0.1）；注册它的页面要等 claim() 或重新加载后才受控，之后加载的页面立即受控；浏览器会停止空闲的 Worker，并在下一个事件到来时重新启动它。',
  'sw.typicalUse': '离线应用和推送通知；让同一应用的多个标签页通过一个地方协调。',
  'sw.gotcha':
    '注册 Worker 的页面不受控：它在 claim() 之前发出的消息必须等待（之后打开的标签页立即受控）。',
};
