import type { texts as en } from './traits';

// 简体中文：每个键都要有译文，缺一个，类型检查就会失败。
export const texts: Record<keyof typeof en, string> = {
  'rtc.limits':
    '每对标签页一个通道；单条消息不超过协商的 max-message-size（Chromium 为 256 KiB）；跨越互联网需要 STUN，严格的 NAT 之后还需要 TURN。',
  'rtc.typicalUse': '游戏、文件传输和浏览器之间的协作，数据不经过服务器。',
  'rtc.gotcha':
    '在双方通过你提供的通道交换完 offer、answer 和候选地址之前，什么都连不上；两边同时发 offer 会冲突（glare）。',
};
