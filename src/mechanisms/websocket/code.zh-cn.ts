import type { CommentMap } from '../../lib/code-comments';

// 代码面板的中文注释：键是 code.ts 里的英文注释。
export const comments: CommentMap = {
  'Browser: a WebSocket does not come back by itself; reconnecting is your code.':
    '浏览器端：WebSocket 断了不会自己恢复，重连得靠你自己写。',
  'typed while offline: sent later, not lost': '离线时输入的消息：稍后补发，不会丢',
  'a string, or an ArrayBuffer': '字符串，或者 ArrayBuffer',
  '1000 normal, 1001 going away, 1006 dropped, 1009 too big':
    '1000 正常关闭，1001 对方离开，1006 连接中断，1009 消息过大',
  'the person pressed Disconnect': '用户自己按了“断开”',
  'backoff with jitter': '带随机抖动的退避',
  "Node server (the ws package), sharing the page's HTTP server:":
    'Node 服务器（ws 包），与页面共用同一个 HTTP 服务器：',
  'without it, missed++ is NaN and never >= 2': '少了这行，missed++ 得到 NaN，永远不会 >= 2',
  'validate, rate-limit, relay to the room': '校验、限流，再转发给房间',
};
