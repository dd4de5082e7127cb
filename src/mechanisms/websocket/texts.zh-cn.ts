import type { wsTexts } from './texts';

// 简体中文：每个键都要有译文，缺一个，类型检查就会失败。
export const texts: Record<keyof typeof wsTexts, string> = {
  'ws.title': 'WebSocket 聊天',
  'ws.summary':
    '与服务器之间一条长期、双向的连接，由服务器在同一房间的所有标签页之间转发聊天消息。',
  'ws.limits': '需要服务器；浏览器不会自动重连；这里每帧最多 64 KiB，每秒最多 20 条消息。',
  'ws.typicalUse': '聊天、多人游戏、实时协作，任何双方都会主动发消息的场景。',
  'ws.gotcha': '连接断了就一直断着：重连、退避和重发都要由你的代码来做。',
};
