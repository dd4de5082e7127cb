// Why a message may not arrive: the known reasons a class meets. Shown beside a sent (or failed)
// entry in the log; loaded only when such an entry is opened.
export const reasons = {
  en: [
    'The writing tab gets no storage event: look in another tab.',
    'Writing the value already stored fires no event anywhere.',
    'sessionStorage is per tab: its writes never reach another tab.',
  ],
  'zh-CN': [
    '写入的标签页不会收到 storage 事件：请在另一个标签页里看。',
    '写入与已存值相同的值，任何地方都不会触发事件。',
    'sessionStorage 是每个标签页独有的：它的写入不会到达其他标签页。',
  ],
};
