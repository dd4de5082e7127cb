import type { CommentMap } from '../../lib/code-comments';

// 代码面板的中文注释：键是 code.ts 里的英文注释。
export const comments: CommentMap = {
  "Page (every tab)\ntype: 'module' needs Chrome 91, Safari 15 or Firefox 147 and later.":
    "页面（每个标签页都运行）\ntype: 'module' 需要 Chrome 91、Safari 15 或 Firefox 147 及以上版本。",
  'null until this page is controlled': '本页被控制之前是 null',
  'wait, do not lose it': '先排队等着，别丢掉',
  'Worker (/sw.js): no state that must survive; the browser stops idle workers.':
    'Worker（/sw.js）：别在这里保存必须留住的状态；浏览器会停掉空闲的 Worker。',
  'Explicit, so a class can watch the lifecycle: self.skipWaiting(); self.clients.claim();':
    '这两步改由页面上的按钮显式触发，好让全班看清生命周期：self.skipWaiting(); self.clients.claim();',
};
