// Why a message may not arrive: the known reasons a class meets. Shown beside a sent (or failed)
// entry in the log; loaded only when such an entry is opened.
export const reasons = {
  en: [
    'SSE only goes from server to page: a tab publishes with a POST.',
    'The other tab’s stream is reconnecting; it will replay from its Last-Event-ID.',
    'The other tab hid that event type, or (HTTP/1.1) is the 7th connection to this origin.',
  ],
  'zh-CN': [
    'SSE 只能从服务器到页面：标签页通过 POST 发布。',
    '另一个标签页的事件流正在重连；它会从自己的 Last-Event-ID 开始重放。',
    '另一个标签页隐藏了这种事件类型，或者（HTTP/1.1 下）它是这个源的第 7 个连接。',
  ],
};
