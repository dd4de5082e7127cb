import type { texts as en } from './traits';

// 简体中文：每个键都要有译文，缺一个，类型检查就会失败。
export const texts: Record<keyof typeof en, string> = {
  'pop.limits': '弹窗可能被拦截；弹窗开始监听前发出的消息会丢失；弹窗关闭时没有任何事件通知。',
  'pop.typicalUse': '登录和支付窗口（OAuth）、演示用的第二屏、分离出来的工具窗口。',
  'pop.gotcha': '刚调用 window.open 就发消息：弹窗还没开始监听，消息就丢了。',
};
