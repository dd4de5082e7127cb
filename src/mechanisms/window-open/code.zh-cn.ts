import type { CommentMap } from '../../lib/code-comments';

// 代码面板的中文注释：键是 code.ts 里的英文注释。
export const comments: CommentMap = {
  Opener: '打开弹窗的页面（opener）',
  'the handshake: the popup listens now': '握手：弹窗这时已经在监听了',
  "Posting before the popup's page listens reaches the old about:blank document: lost.":
    '在弹窗页面开始监听之前发送，消息会送到原先的 about:blank 文档里：就丢了。',
  'No event says a popup closed: look.': '弹窗关闭时没有任何事件通知：只能自己定时去看。',
  'Popup (/peer/window-open)': '弹窗（/peer/window-open）',
  'null with noopener': '用了 noopener 时为 null',
};
