import type { texts as en } from './traits';

// 简体中文：每个键都要有译文，缺一个，类型检查就会失败。
export const texts: Record<keyof typeof en, string> = {
  'ifr.limits': '窗口对窗口；targetOrigin 不对时静默失败；接收方必须自己检查 event.origin。',
  'ifr.typicalUse': '嵌入式组件、支付和登录 iframe，与另一个源的页面通信。',
  'ifr.gotcha': '用 "*" 发送又从不检查 event.origin，任何页面都能乘虚而入。',
};
