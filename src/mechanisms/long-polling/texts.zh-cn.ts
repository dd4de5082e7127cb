import type { lpTexts } from './texts';

// 简体中文：每个键都要有译文，缺一个，类型检查就会失败。
export const texts: Record<keyof typeof lpTexts, string> = {
  'lp.title': '长轮询、SSE 与 WebSocket',
  'lp.summary':
    '同一个服务器事件流同时用三种方式送达：每次应答后再次发出的挂起 fetch、EventSource 和 WebSocket。并排比较请求数、线上字节数、延迟，以及服务器断开连接的代价。',
  'lp.cannotRace':
    '每次往返都要发起一个新的轮询，而竞速是一个接一个不停地发。突发 40 个之后，服务器对同一地址每秒超过 20 个的轮询回答 429，竞速测到的将是这个上限，而不是机制本身。如果把速度压到上限以下，一次往返就是一个 POST 加一个被挂起的请求：和 SSE 那一行的路径相同，只是每次都要新发一个请求。它自己的页面改为并排给三种方式的每个事件计时。',
};
