// Why a message may not arrive: the known reasons a class meets. Loaded when a sent entry is opened.
export const reasons = {
  en: [
    'The hub relays to the other tabs only: the sending tab gets no copy.',
    'No other tab holds a port to the hub right now (or it was dropped as silent).',
    'A tab on another origin, or one whose script URL or worker name differs, has a hub of its own.',
  ],
  'zh-CN': [
    '中转站只转发给其他标签页：发送的标签页不会收到副本。',
    '现在没有其他标签页持有通往中转站的端口（或者它因沉默被移除了）。',
    '其他源的标签页，或者脚本 URL、Worker 名称不同的标签页，有它自己的中转站。',
  ],
};
