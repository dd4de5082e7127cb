import type { popTexts } from './texts';

// 简体中文：每个键都要有译文，缺一个，类型检查就会失败。
export const texts: Record<keyof typeof popTexts, string> = {
  'pop.title': 'window.open 弹窗',
  'pop.summary':
    '页面用 window.open 打开弹窗，并用 postMessage 与之通信；弹窗通过 window.opener 回话。',
  'reason.popup-blocked': '浏览器拦截了弹窗：window.open 返回 null',
  'reason.popup-closed': '弹窗在就绪之前就关闭了：这些消息从未送达',
  'reason.not-listening': '没有回执：发送时弹窗的页面还没开始监听，消息发给了正在被替换的文档',
  'pop.tip':
    '提示：在下面打开一个弹窗：它是一个独立的窗口，两者通过 window.open 返回的引用和弹窗的 window.opener 互相通信。',
};
