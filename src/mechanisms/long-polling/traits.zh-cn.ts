import type { texts as en } from './traits';

// 简体中文：每个键都要有译文，缺一个，类型检查就会失败。
export const texts: Record<keyof typeof en, string> = {
  'lp.limits':
    '纯 HTTP；每个应答一个请求（每次都带请求头）；最多挂起 25 秒，代理必须允许；挂起的请求占用 HTTP/1.1 每个主机六个连接中的一个。',
  'lp.typicalUse': '流被屏蔽或被缓冲的地方（旧代理、某些无服务器托管），或事件很少的时候。',
  'lp.gotcha':
    '没有任何东西替你重试：页面必须立刻带着已有的最后一个 ID 再次请求，否则两次轮询之间的事件会丢失。',
};
