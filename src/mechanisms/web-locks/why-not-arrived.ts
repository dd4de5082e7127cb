// Why a message may not arrive: the known reasons a class meets. Loaded when a sent entry is opened.
export const reasons = {
  en: [
    'No tab leads right now (the leader just closed): the next one resumes the feed and replays it.',
    'Resume with Last-Event-ID is off: what was published during a takeover is lost.',
    'The server is not running, so the publish request failed.',
  ],
  'zh-CN': [
    '现在没有领导者（领导者刚关闭）：下一个标签页会续上事件流并重放。',
    '“用 Last-Event-ID 续传”已关闭：接手期间发布的内容会丢失。',
    '服务器没有运行，所以发布请求失败了。',
  ],
};
