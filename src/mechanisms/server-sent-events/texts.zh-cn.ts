import type { sseTexts } from './texts';

// 简体中文：每个键都要有译文，缺一个，类型检查就会失败。
export const texts: Record<keyof typeof sseTexts, string> = {
  'sse.title': '服务器发送事件（SSE）',
  'sse.summary':
    'EventSource 保持一个 HTTP 响应不结束，服务器沿着它推送具名事件；断线后浏览器会自动重连。',
  'sse.limits':
    '只能从服务器到浏览器；只能传文本；HTTP/1.1 下每个源最多 6 个连接，所有标签页共用。',
  'sse.typicalUse': '通知、实时比分和价格、长任务的进度、仪表盘。',
  'sse.gotcha': 'onmessage 只能收到未命名的事件：具名事件需要 addEventListener(名称)。',
};
