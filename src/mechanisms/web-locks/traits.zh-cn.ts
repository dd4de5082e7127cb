import type { texts as en } from './traits';

// 简体中文：每个键都要有译文，缺一个，类型检查就会失败。
export const texts: Record<keyof typeof en, string> = {
  'wl.limits':
    '仅限同源和安全上下文；无论多少标签页都只用一个连接；接手时必须续上事件流（Last-Event-ID），否则会丢掉其间的事件。',
  'wl.typicalUse': '同一应用的多个标签页共用一个 WebSocket 或 SSE 连接，或一个同步任务。',
  'wl.gotcha': '领导者关闭时浏览器会把锁交给下一位，但新领导者必须从旧领导者停下的地方续上。',
  'wl.cannotRace':
    '锁是每个领导者获取一次，而不是每条消息一次。这里的竞速装置只会测到服务器经 SSE 推给领导者的那一段，加上经 BroadcastChannel 转给其他标签页的一跳，而这两者都在各自的行里参加竞速。',
};
