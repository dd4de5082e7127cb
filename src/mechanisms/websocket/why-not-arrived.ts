// Why a message may not arrive: the known reasons a class meets. Shown beside a sent (or failed)
// entry in the log; loaded only when such an entry is opened.
export const reasons = {
  en: [
    'Disconnected: the message waits in the queue until the next join.',
    'The other tab is in another room.',
    'Refused by the server: over the rate limit, or a frame over 64 KiB (1009).',
  ],
  'zh-CN': [
    '连接已断开：消息在队列中等待，下次加入房间后发出。',
    '另一个标签页在别的房间。',
    '被服务器拒绝：超过速率限制，或帧超过 64 KiB（1009）。',
  ],
};
