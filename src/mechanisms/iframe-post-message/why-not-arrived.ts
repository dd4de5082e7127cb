// Why a message may not arrive: the known reasons a class meets. Shown beside a sent (or failed)
// entry in the log; loaded only when such an entry is opened.
export const reasons = {
  en: [
    'A targetOrigin that does not match the frame’s current origin drops the message silently.',
    'The frame was still loading (or navigated away): only a ready handshake makes this safe.',
    'The receiver rejected it: its origin check did not trust the sender.',
  ],
  'zh-CN': [
    '与 iframe 当前源不匹配的 targetOrigin 会让消息被悄悄丢弃。',
    'iframe 仍在加载（或已跳转）：只有就绪握手才能保证安全。',
    '接收方拒绝了它：它的源检查不信任发送方。',
  ],
};
