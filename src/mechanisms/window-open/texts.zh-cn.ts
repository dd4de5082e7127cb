import type { popTexts } from './texts';

// 简体中文：每个键都要有译文，缺一个，类型检查就会失败。
export const texts: Record<keyof typeof popTexts, string> = {
  'pop.title': 'window.open 弹窗',
  'pop.summary':
    '页面用 window.open 打开弹窗，并用 postMessage 与之通信；弹窗通过 window.opener 回话。',
  'pop.limits': '弹窗可能被拦截；弹窗开始监听前发出的消息会丢失；弹窗关闭时没有任何事件通知。',
  'pop.typicalUse': '登录和支付窗口（OAuth）、演示用的第二屏、分离出来的工具窗口。',
  'pop.gotcha': '刚调用 window.open 就发消息：弹窗还没开始监听，消息就丢了。',
  'reason.popup-blocked': '浏览器拦截了弹窗：window.open 返回 null',
  'reason.popup-closed': '弹窗在就绪之前就关闭了：这些消息从未送达',
  'reason.not-listening': '没有回执：发送时弹窗的页面还没开始监听，消息发给了正在被替换的文档',
};
