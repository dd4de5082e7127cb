import { registerMessages } from '../../i18n/dictionary';

// Texts of the server panels; they load with the server pages only.
export const srvEn = {
  'srv.title': 'The server',
  'srv.checking': 'Looking for the Comms Lab server…',
  'srv.up': 'The Comms Lab server is running (up {uptime}).',
  'srv.down':
    'The Comms Lab server is not reachable from this page: {reason}. This page needs it. Start it with "npm start" (or "npm run dev") and open the address it prints.',
  'srv.wsClients': 'WebSocket connections',
  'srv.sseSubscribers': 'SSE streams',
  'srv.rooms': 'Rooms',
  'srv.room': 'Room',
  'srv.members': 'Members',
  'srv.noRooms': 'No room has anyone in it.',
  'srv.counters': 'What the server refused or dropped',
  'srv.counter': 'Counter',
  'srv.value': 'Count',
  'srv.c.messages': 'Chat messages relayed',
  'srv.c.binary': 'Binary frames echoed',
  'srv.c.malformed': 'Frames answered with an error (bad JSON, not an envelope, …)',
  'srv.c.rateLimited': 'Frames refused by the rate limit',
  'srv.c.oversize': 'Connections closed with 1009 (frame over 64 KiB)',
  'srv.c.terminated': 'Connections terminated (missed two pings)',
  'srv.c.rejectedOrigin': 'WebSocket upgrades refused for their Origin',
  'srv.c.published': 'SSE events published',
  'srv.c.rejectedPublish': 'Publish requests refused (bad body)',
  'srv.c.replayed': 'SSE events replayed after a reconnect',
  'srv.c.resets': 'SSE resets (resume impossible)',
  'srv.c.apiOrigins': 'API requests refused for their Origin',
  'srv.c.sseOrigins': 'SSE streams refused for their Origin',
  'srv.dropTitle': 'Teacher: drop every connection',
  'srv.dropHint':
    'The server drops every WebSocket and every SSE stream at once, in every tab. Watch them come back: the SSE streams by themselves (the browser reconnects an EventSource), the WebSockets because this page’s code reconnects them.',
  'srv.drop': 'Drop all connections',
  'srv.dropHow': 'How',
  'srv.how.terminate': 'cut the sockets (1006, no close frame)',
  'srv.how.close': 'close politely (1012 Service Restart)',
  'srv.dropped': 'Dropped {websockets} WebSocket(s) and {streams} SSE stream(s).',
  'srv.dropFailed': 'The drop failed: {reason}',
  'srv.lanTitle': 'Students join here',
  'srv.lanHint':
    'The server is in classroom mode: devices on this network open this address (or scan the code). Pages that need a secure context, like the ServiceWorker one, only work on localhost.',
  'srv.qr': 'QR code for {url}',
  'srv.joinNeeded':
    'This class needs a join code: the teacher’s screen shows it where the server was started.',
  'srv.joinLabel': 'Join code',
  'srv.join': 'Join',
  'srv.joinWrong': 'That join code is not right. Check it with the teacher and type it again.',
  'srv.joinOk': 'Joined with code "{code}".',
} as const;

export const srvZh: Record<keyof typeof srvEn, string> = {
  'srv.title': '服务器',
  'srv.checking': '正在寻找 Comms Lab 服务器…',
  'srv.up': 'Comms Lab 服务器正在运行（已运行 {uptime}）。',
  'srv.down':
    '本页无法连接 Comms Lab 服务器：{reason}。本页需要它。用“npm start”（或“npm run dev”）启动它，然后打开它打印的地址。',
  'srv.wsClients': 'WebSocket 连接',
  'srv.sseSubscribers': 'SSE 流',
  'srv.rooms': '房间',
  'srv.room': '房间',
  'srv.members': '成员',
  'srv.noRooms': '所有房间都没有人。',
  'srv.counters': '服务器拒绝或断开的情况',
  'srv.counter': '计数项',
  'srv.value': '次数',
  'srv.c.messages': '转发的聊天消息',
  'srv.c.binary': '回显的二进制帧',
  'srv.c.malformed': '以错误帧回复的帧（JSON 错误、不是信封……）',
  'srv.c.rateLimited': '因速率限制被拒绝的帧',
  'srv.c.oversize': '以 1009 关闭的连接（帧超过 64 KiB）',
  'srv.c.terminated': '被终止的连接（错过两次 ping）',
  'srv.c.rejectedOrigin': '因 Origin 被拒绝的 WebSocket 升级',
  'srv.c.published': '发布的 SSE 事件',
  'srv.c.rejectedPublish': '被拒绝的发布请求（请求体错误）',
  'srv.c.replayed': '重连后重放的 SSE 事件',
  'srv.c.resets': 'SSE 重置（无法续传）',
  'srv.c.apiOrigins': '因 Origin 被拒绝的 API 请求',
  'srv.c.sseOrigins': '因 Origin 被拒绝的 SSE 流',
  'srv.dropTitle': '教师：断开所有连接',
  'srv.dropHint':
    '服务器会同时断开所有标签页里的每个 WebSocket 和每个 SSE 流。看着它们恢复：SSE 流是自己恢复的（浏览器会重连 EventSource），WebSocket 则是因为本页的代码重连了它们。',
  'srv.drop': '断开所有连接',
  'srv.dropHow': '方式',
  'srv.how.terminate': '直接切断套接字（1006，没有关闭帧）',
  'srv.how.close': '礼貌地关闭（1012 服务重启）',
  'srv.dropped': '已断开 {websockets} 个 WebSocket 和 {streams} 个 SSE 流。',
  'srv.dropFailed': '断开失败：{reason}',
  'srv.lanTitle': '学生从这里加入',
  'srv.lanHint':
    '服务器处于课堂模式：同一网络中的设备打开这个地址（或扫描二维码）。需要安全上下文的页面（如 ServiceWorker）只能在 localhost 上运行。',
  'srv.qr': '{url} 的二维码',
  'srv.joinNeeded': '这个课堂需要加入码：启动服务器的教师屏幕上会显示它。',
  'srv.joinLabel': '加入码',
  'srv.join': '加入',
  'srv.joinWrong': '加入码不正确。请向老师核对后重新输入。',
  'srv.joinOk': '已使用加入码“{code}”加入。',
};

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof srvEn, true> {}
}

registerMessages({ en: srvEn, 'zh-CN': srvZh });
