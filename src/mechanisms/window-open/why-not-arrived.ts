// Why a message may not arrive: the known reasons a class meets. Shown beside a sent (or failed)
// entry in the log; loaded only when such an entry is opened.
export const reasons = {
  en: [
    'The popup was not listening yet: messages before its "ready" are lost.',
    'The popup was closed or blocked, or opened with noopener (no handle).',
    'The popup navigated to another origin: targetOrigin no longer matches.',
  ],
  'zh-CN': [
    '弹窗还没有开始监听：在它“就绪”之前的消息会丢失。',
    '弹窗已关闭或被拦截，或者以 noopener 打开（没有句柄）。',
    '弹窗跳转到了别的源：targetOrigin 不再匹配。',
  ],
};
