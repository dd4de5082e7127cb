// Why a message may not arrive: the known reasons a class meets. Loaded when a sent entry is opened.
export const reasons = {
  en: [
    'The server is not running, so the publish request failed.',
    'The connection was dropped and "Resume from the last id" is off: the long poll and the WebSocket started again from now, and what was published in between never came (see "Missed").',
    'A proxy buffers the response or closes held requests before 25 s: the event waits in the proxy, or the poll fails and is asked again.',
    'Six held requests to this server already: a seventh (and the publish) waits for a free HTTP/1.1 connection.',
  ],
  'zh-CN': [
    '服务器没有运行，所以发布请求失败了。',
    '连接被断开，且“从最后一个 ID 续上”已关闭：长轮询和 WebSocket 从“现在”重新开始，其间发布的内容永远不会到达（看“遗漏”）。',
    '代理缓冲了响应，或在 25 秒前关闭了挂起的请求：事件停在代理里，或者轮询失败后重新发出。',
    '到这个服务器已经有六个挂起的请求：第七个（以及发布请求）要等空闲的 HTTP/1.1 连接。',
  ],
};
