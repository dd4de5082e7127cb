// Why a message may not arrive: the known reasons a class meets. Shown beside a sent (or failed)
// entry in the log; loaded only when such an entry is opened.
export const reasons = {
  en: [
    'The writing window gets no storage event (its same-origin frames do): look in another tab.',
    'Writing the value already stored fires no event anywhere.',
    'sessionStorage is per tab: its writes never reach another tab.',
  ],
  'zh-CN': [
    '执行写入的窗口不会收到 storage 事件（它的同源 iframe 会收到）：请在另一个标签页里看。',
    '写入与已存值相同的值，任何地方都不会触发事件。',
    'sessionStorage 是每个标签页独有的：它的写入不会到达其他标签页。',
  ],
};
