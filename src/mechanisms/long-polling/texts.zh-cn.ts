import type { lpTexts } from './texts';

// 简体中文：每个键都要有译文，缺一个，类型检查就会失败。
export const texts: Record<keyof typeof lpTexts, string> = {
  'lp.title': '长轮询、SSE 与 WebSocket',
  'lp.summary':
    '同一个服务器事件流同时用三种方式送达：每次应答后再次发出的挂起 fetch、EventSource 和 WebSocket。并排比较请求数、线上字节数、延迟，以及服务器断开连接的代价。',
  'lp.cannotRace':
    '不参加比赛：每次往返一个轮询，会碰上服务器每个地址每秒 20 个轮询的上限，比赛测到的将是这个上限，而不是机制本身。本页改为给三种方式的每个事件计时。',
};
