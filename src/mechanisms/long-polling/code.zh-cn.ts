import type { CommentMap } from '../../lib/code-comments';

// 代码面板的中文注释：键是 code.ts 里的英文注释。
export const comments: CommentMap = {
  '1. Long polling: one held fetch at a time, asked again after every answer.':
    '1. 长轮询：同一时刻只挂着一个 fetch，每收到一次应答就再发一次。',
  'held until an event comes, or 25 s (204)': '服务器一直挂着它，直到有事件到来，或 25 秒后回 204',
  'reset: the id was trimmed': 'reset：这个 id 已经被裁掉了',
  'keep `after`: the next poll asks for everything since the last id':
    '保留 `after`：下一次轮询要回上一个 id 之后的全部事件',
  'resume off: start again from now (the gap is lost)':
    '关闭了续传：从现在重新开始（中间这段就丢了）',
  '2. Server-Sent Events: one stream; the browser reconnects and sends Last-Event-ID itself.':
    '2. Server-Sent Events：一条流；浏览器会自己重连，并自动带上 Last-Event-ID。',
  '3. WebSocket: one socket; nothing resumes unless the page sends its last id.':
    '3. WebSocket：一个套接字；除非页面自己发送最后收到的 id，否则什么也不会续传。',
};
