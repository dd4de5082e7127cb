import type { texts as en } from './traits';

// 简体中文：每个键都要有译文，缺一个，类型检查就会失败。
export const texts: Record<keyof typeof en, string> = {
  'ws.limits':
    '需要服务器；浏览器不会自动重连；这里每帧最多 64 KiB，每秒最多 20 条消息；发送方能否收到自己的消息由服务器决定（这个服务器只回确认）。',
  'ws.typicalUse': '聊天、多人游戏、实时协作，任何双方都会主动发消息的场景。',
  'ws.gotcha': '连接断了就一直断着：重连、退避和重发都要由你的代码来做。',
};
