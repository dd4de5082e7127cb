import type { CommentMap } from '../../lib/code-comments';

// 代码面板的中文注释：键是 code.ts 里的英文注释。
export const comments: CommentMap = {
  'page.js: a dedicated worker belongs to this page alone.':
    'page.js：专用 Worker 只属于这一个页面。',
  'Structured clone: a copy arrives. A function or a DOM node throws DataCloneError here.':
    '结构化克隆：到达的是一份副本。发送函数或 DOM 节点会在这里抛出 DataCloneError。',
  'Transfer instead of copy: the buffer moves, and this side is left with byteLength 0.':
    '转移而不是复制：缓冲区整个移交过去，这一边只剩下 byteLength 为 0 的空缓冲区。',
  '0': '输出 0',
  'A private pipe: one end stays here, the other is transferred to the worker.':
    '一条私有管道：一端留在这里，另一端转移给 Worker。',
  'needed with addEventListener (onmessage = … starts it by itself)':
    '用 addEventListener 时必须调用（设置 onmessage = … 则会自动启动）',
  'port1.start() is missing: the messages wait in the port, and none arrives':
    '少了 port1.start()：消息都积压在端口里，一条也收不到',
  "Two workers can share a channel too, and then talk without the page:\nworkerA.postMessage('link', [channel.port1]); workerB.postMessage('link', [channel.port2]);":
    "两个 Worker 也可以共用一个通道，之后不经过页面就能直接对话：\nworkerA.postMessage('link', [channel.port1]); workerB.postMessage('link', [channel.port2]);",
  'Stopped at once; what is posted afterwards throws nothing and goes nowhere.':
    '立即停止；之后再发的消息既不报错，也送不到任何地方。',
  'echo.worker.js': 'echo.worker.js：在 Worker 里运行',
};
