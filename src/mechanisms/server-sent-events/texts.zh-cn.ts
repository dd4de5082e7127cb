import type { sseTexts } from './texts';

// 简体中文：每个键都要有译文，缺一个，类型检查就会失败。
export const texts: Record<keyof typeof sseTexts, string> = {
  'sse.title': 'SSE 服务器发送事件',
  'sse.summary':
    'EventSource 保持一个 HTTP 响应不结束，服务器沿着它推送具名事件；断线后浏览器会自动重连。',
};
