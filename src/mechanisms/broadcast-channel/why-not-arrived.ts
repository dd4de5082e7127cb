// Why a message may not arrive: the known reasons a class meets. Shown beside a sent (or failed)
// entry in the log; loaded only when such an entry is opened.
export const reasons = {
  en: [
    'The sending tab never hears its own message: look in another tab.',
    'The other tab is on another channel name, another origin, or closed the channel.',
    'A tab that opened after the message was sent does not get it.',
  ],
  'zh-CN': [
    '发送的标签页永远收不到自己的消息：请在另一个标签页里看。',
    '另一个标签页在别的频道名、别的源上，或者已经关闭了频道。',
    '消息发出之后才打开的标签页收不到它。',
  ],
};
