import type { texts as en } from './traits';

// 简体中文：每个键都要有译文，缺一个，类型检查就会失败。
export const texts: Record<keyof typeof en, string> = {
  'sse.limits':
    '只能从服务器到浏览器；只能传文本；HTTP/1.1 下每个源最多 6 个连接，所有标签页共用：6 个事件流都开着时，对这个源的其他所有请求都得等待。这个服务器把发布的事件也推给发布者（这是它的选择，不是协议规定）。',
  'sse.typicalUse': '通知、实时比分和价格、长任务的进度、仪表盘。',
  'sse.gotcha':
    'onmessage 只能收到未命名的事件（以及名为 "message" 的事件）：其他名字需要 addEventListener(名称)。',
};
