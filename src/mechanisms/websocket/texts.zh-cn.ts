import type { wsTexts } from './texts';

// 简体中文：每个键都要有译文，缺一个，类型检查就会失败。
export const texts: Record<keyof typeof wsTexts, string> = {
  'ws.title': 'WebSocket 聊天',
  'ws.summary':
    '与服务器之间一条长期、双向的连接，由服务器在同一房间的所有标签页之间转发聊天消息。',
};
