// Why a message may not arrive: the known reasons a class meets. Loaded when a sent entry is opened.
export const reasons = {
  en: [
    'The write was not followed by Atomics.notify: the worker sleeps in Atomics.wait and has not looked.',
    'The ring was full (8 slots): nothing was written, and the send said so.',
    'The document is not cross-origin isolated: SharedArrayBuffer is not defined, so there is no mailbox.',
    'The worker script was refused: a worker of an isolated page needs a Cross-Origin-Embedder-Policy of its own.',
  ],
  'zh-CN': [
    '写入之后没有调用 Atomics.notify：Worker 还在 Atomics.wait 中睡着，没有去看。',
    '环形缓冲区已满（8 个槽位）：什么也没写入，发送时已经报错。',
    '文档没有跨源隔离：SharedArrayBuffer 没有定义，所以没有信箱。',
    'Worker 脚本被拒绝：隔离页面的 Worker 自己也需要 Cross-Origin-Embedder-Policy 响应头。',
  ],
};
