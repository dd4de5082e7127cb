import type { lpTexts } from './texts';

// 简体中文：每个键都要有译文，缺一个，类型检查就会失败。
export const texts: Record<keyof typeof lpTexts, string> = {
  'lp.title': '长轮询、SSE 与 WebSocket',
  'lp.summary':
    '同一个服务器事件流同时用三种方式送达：每次应答后再次发出的挂起 fetch、EventSource 和 WebSocket。',
};
