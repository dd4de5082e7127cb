// Why a message may not arrive: the known reasons a class meets. Shown beside a sent (or failed)
// entry in the log; loaded only when such an entry is opened.
export const reasons = {
  en: [
    'This page is not controlled yet: messages wait for controllerchange (claim() sends them; a reload throws them away).',
    'The relay was set to "every other tab" and no other tab is controlled.',
    'The chosen tab has gone: the worker says so in the log.',
  ],
  'zh-CN': [
    '本页还没有受控：消息会等待 controllerchange（claim() 会把它们发出；重新加载则会丢掉它们）。',
    '转发设为“其他所有标签页”，但没有其他受控的标签页。',
    '选中的标签页已经不在了：Worker 会在日志里说明。',
  ],
};
