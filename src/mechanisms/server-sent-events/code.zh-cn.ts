import type { CommentMap } from '../../lib/code-comments';

// 代码面板的中文注释：键是 code.ts 里的英文注释。
export const comments: CommentMap = {
  'Browser: one EventSource; the browser reconnects by itself and sends Last-Event-ID.':
    '浏览器端：一个 EventSource；断线后浏览器自己重连，并带上 Last-Event-ID。',
  'unnamed events only': '只收到没有 event: 字段的事件',
  'source.close() is final: no more reconnects.': 'source.close() 之后就彻底结束了：不会再重连。',
  'Server (Node): keep the response open and write records separated by a blank line.':
    '服务器端（Node）：响应一直不结束，一条条写入记录，记录之间空一行。',
  'the browser waits 2 s before reconnecting': '浏览器等 2 秒再重连',
  '"<epoch>-<seq>": replay what came after it': '"<epoch>-<seq>"：重放这个 id 之后的事件',
  'a comment keeps proxies from timing out': '定时发一行注释，免得代理因超时断开',
};
