// Why a message may not arrive: the known reasons a class meets. Loaded when a sent entry is opened.
export const reasons = {
  en: [
    'The worker was terminated: postMessage threw nothing, and nothing will answer.',
    'A port listened to with addEventListener was never started: call port.start().',
    'The value could not be cloned (a function, a DOM node): DataCloneError, nothing was sent.',
  ],
  'zh-CN': [
    'Worker 已被终止：postMessage 没有报错，但不会有任何回复。',
    '用 addEventListener 监听的端口从未启动：请调用 port.start()。',
    '这个值无法克隆（函数、DOM 节点）：DataCloneError，什么也没发出。',
  ],
};
