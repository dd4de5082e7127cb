import type { CommentMap } from '../../lib/code-comments';

// 代码面板的中文注释：键是 code.ts 里的英文注释，{origin} 代表 iframe 的来源。
export const comments: CommentMap = {
  'Parent page': '父页面',
  'src on {origin}': 'src 指向 {origin} 上的页面',
  'exact match: never startsWith, never "null"':
    '必须完全相等：不能用 startsWith，也不能放行 "null"',
  '⚠ no origin check: any window can reach this code': '⚠ 没有检查来源：任何窗口都能触发这段代码',
  "targetOrigin: the browser delivers only if the frame's current document has this origin.":
    'targetOrigin：只有 iframe 当前文档的来源与它一致，浏览器才会投递。',
  'Move a big buffer instead of copying it: afterwards buffer.byteLength === 0 here.':
    '大缓冲区用转移代替复制：转移之后，这里的 buffer.byteLength === 0。',
  "A private pipe: port traffic never reaches the window 'message' listener.":
    "一条私有管道：端口上的消息永远不会到达 window 的 'message' 监听器。",
  'Child page (inside the frame)': '子页面（在 iframe 里）',
  'a receipt': '回执',
};
