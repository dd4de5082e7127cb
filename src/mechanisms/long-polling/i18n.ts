import { registerMessages } from '../../i18n/dictionary';

// This page's own texts; titles, summaries and traits are core texts (texts.ts).
export const lpEn = {
  'lp.sendTitle': 'Publish to the feed',
  'lp.sendHint':
    'One POST. The feed brings it back to every tab, here three times: by long poll, by EventSource and by WebSocket.',
  'lp.sentNote':
    'Published. Watch it arrive in each column, and in the log once (by the first way).',
  'lp.waysTitle': 'The same feed, three ways',
  'lp.waysHint':
    'Requests, bytes on the wire, latency and what a server drop costs, side by side. Requests and bytes are counted by the server from its sockets, headers included, for this tab only.',
  'lp.way.poll': 'Long polling (held fetch)',
  'lp.way.sse': 'Server-Sent Events',
  'lp.way.ws': 'WebSocket',
  'lp.state': 'State',
  'lp.state.connecting': 'connecting',
  'lp.state.open': 'open',
  'lp.state.closed': 'closed',
  'lp.requests': 'Requests (server received)',
  'lp.requestsPage': 'Requests (this page sent)',
  'lp.bytesDown': 'Bytes down (server)',
  'lp.bytesUp': 'Bytes up (server)',
  'lp.received': 'Events received',
  'lp.latency': 'Latency median / p95',
  'lp.latencyValue': '{median} / {p95} ms ({n})',
  'lp.missed': 'Missed (gaps)',
  'lp.missedOne': '{missed} in {count} gap',
  'lp.missedOther': '{missed} in {count} gaps',
  'lp.duplicates': 'Duplicates',
  'lp.reconnects': 'Reconnections',
  'lp.replayed': 'Replayed on the last resume',
  'lp.reset': 'Server said',
  'lp.lastId': 'Last id',
  'lp.recent': 'Latest events that came this way',
  'lp.none': '—',
  'lp.dropTitle': 'Around a server drop',
  'lp.dropHint':
    'The teacher’s “drop all connections”: the server breaks every held poll, stream and socket at once. Publish while they come back, then compare the columns.',
  'lp.drop': 'Drop all connections',
  // Three counts, each in its own form ("1 held poll, 2 SSE streams and 1 feed socket").
  'lp.dropped': 'The server dropped {polls}, {streams} and {feedSockets}.',
  'lp.droppedPollsOne': '{count} held poll',
  'lp.droppedPolls': '{count} held polls',
  'lp.droppedStreamsOne': '{count} SSE stream',
  'lp.droppedStreams': '{count} SSE streams',
  'lp.droppedSocketsOne': '{count} feed socket',
  'lp.droppedSockets': '{count} feed sockets',
  'lp.dropFailed': 'The drop was refused: {message}',
  'lp.resumeSwitch': 'Resume from the last id after a drop',
  'lp.resumeOn':
    'Long poll and WebSocket ask for everything after the last id they have; SSE’s browser sends Last-Event-ID by itself. Expect 0 missed.',
  'lp.resumeOff':
    'After a drop, the long poll and the WebSocket start again from “now”. The WebSocket misses what came meanwhile. The long poll often does not: Chromium re-sends a GET whose reused connection closed before any answer, with the old cursor still in its URL (compare its two request counts). SSE still resumes: the browser does it, not the page.',
  'lp.proxyTitle': 'What each way needs from proxies',
  'lp.proxy.need': 'Needs',
  'lp.proxy.buffering': 'Buffering',
  'lp.proxy.timeouts': 'Timeouts',
  'lp.proxy.pool': 'HTTP/1.1 connections',
  'lp.proxy.poll.buffering': 'Nothing special: each answer is a complete response.',
  'lp.proxy.sse.buffering':
    'Must not buffer the stream (nginx: proxy_buffering off, or the X-Accel-Buffering: no this server sends), or events wait in the proxy.',
  'lp.proxy.ws.buffering':
    'Must pass the Upgrade (HTTP/1.1 to the server, Upgrade and Connection headers forwarded).',
  'lp.proxy.poll.timeouts':
    'The read timeout must exceed the 25 s hold (nginx defaults to 60 s); else the poll fails and is asked again.',
  'lp.proxy.sse.timeouts':
    'Idle streams are closed by proxies: the server sends a comment every 15 s to keep it alive.',
  'lp.proxy.ws.timeouts': 'Idle sockets are closed too: the server pings every 15 s.',
  'lp.proxy.poll.pool': 'Holds one of the six per host while waiting; the publish needs another.',
  'lp.proxy.sse.pool':
    'Holds one of the six per host for as long as it is open, in every tab: the seventh tab waits.',
  'lp.proxy.ws.pool':
    'Not one of the six: Chromium keeps WebSockets in a socket pool of their own (inference, from its socket pool code).',
  'lp.unavailable': 'This browser lacks fetch, EventSource or WebSocket.',
  'lp.teach.requests':
    'Long polling makes one request per answer, so every event (or every 25 s of quiet) costs a full set of request and response headers; SSE and WebSocket pay them once per connection.',
  'lp.teach.resume':
    'After a drop, the browser resumes an EventSource by itself with Last-Event-ID, and Chromium re-sends a held GET whose reused connection closed before any answer, so a long poll that keeps its cursor in the URL resumes too, often without the page noticing. A WebSocket resumes only because the page sends its last id: switch resume off and it misses what came meanwhile, while SSE does not.',
  'lp.teach.latency':
    'On one machine the three deliver within milliseconds of each other; the long poll pays for asking again only when events come faster than one round trip.',
  'lp.teach.proxies':
    'Streams need proxies that do not buffer and keep idle connections open; a held poll only needs a read timeout longer than its hold.',
} as const;

// 简体中文：类型保证每个键都有译文。
export const lpZh: Record<keyof typeof lpEn, string> = {
  'lp.sendTitle': '发布到事件流',
  'lp.sendHint':
    '一次 POST。事件流会把它带回每个标签页，在这里会到三次：经长轮询、经 EventSource、经 WebSocket。',
  'lp.sentNote': '已发布。看它在每一列中到达，并在日志中出现一次（由最先到达的方式）。',
  'lp.waysTitle': '同一个事件流，三种方式',
  'lp.waysHint':
    '并排比较请求数、线上字节数、延迟，以及服务器断开连接的代价。请求数和字节数由服务器从它的套接字统计，包括请求头和响应头，只算本标签页。',
  'lp.way.poll': '长轮询（挂起的 fetch）',
  'lp.way.sse': '服务器发送事件（SSE）',
  'lp.way.ws': 'WebSocket',
  'lp.state': '状态',
  'lp.state.connecting': '正在连接',
  'lp.state.open': '已打开',
  'lp.state.closed': '已关闭',
  'lp.requests': '请求数（服务器收到）',
  'lp.requestsPage': '请求数（本页发出）',
  'lp.bytesDown': '下行字节（服务器统计）',
  'lp.bytesUp': '上行字节（服务器统计）',
  'lp.received': '收到的事件',
  'lp.latency': '延迟 中位数 / p95',
  'lp.latencyValue': '{median} / {p95} 毫秒（{n} 个）',
  'lp.missed': '遗漏（空缺）',
  'lp.missedOne': '{count} 处空缺共 {missed} 个',
  'lp.missedOther': '{count} 处空缺共 {missed} 个',
  'lp.duplicates': '重复',
  'lp.reconnects': '重新连接',
  'lp.replayed': '上次续传时重放的',
  'lp.reset': '服务器说明',
  'lp.lastId': '最后的 ID',
  'lp.recent': '这种方式最近送达的事件',
  'lp.none': '—',
  'lp.dropTitle': '服务器断开连接前后',
  'lp.dropHint':
    '教师的“断开所有连接”：服务器同时切断每个挂起的轮询、流和套接字。在它们重新连接时发布消息，然后比较各列。',
  'lp.drop': '断开所有连接',
  'lp.dropped': '服务器断开了 {polls}、{streams}和 {feedSockets}。',
  'lp.droppedPollsOne': '{count} 个挂起的轮询',
  'lp.droppedPolls': '{count} 个挂起的轮询',
  'lp.droppedStreamsOne': '{count} 个 SSE 流',
  'lp.droppedStreams': '{count} 个 SSE 流',
  'lp.droppedSocketsOne': '{count} 个事件流套接字',
  'lp.droppedSockets': '{count} 个事件流套接字',
  'lp.dropFailed': '断开请求被拒绝：{message}',
  'lp.resumeSwitch': '断开后从最后一个 ID 续上',
  'lp.resumeOn':
    '长轮询和 WebSocket 会索取它们已有的最后一个 ID 之后的全部事件；SSE 由浏览器自己发送 Last-Event-ID。预期遗漏为 0。',
  'lp.resumeOff':
    '断开之后，长轮询和 WebSocket 从“现在”重新开始。WebSocket 会遗漏其间的事件。长轮询往往不会：对于在复用连接上、还没收到任何应答就被关闭的 GET，Chromium 会自己重发，而旧的游标仍在 URL 里（比较它的两个请求数）。SSE 仍会续上：这是浏览器做的，不是页面。',
  'lp.proxyTitle': '每种方式对代理的要求',
  'lp.proxy.need': '要求',
  'lp.proxy.buffering': '缓冲',
  'lp.proxy.timeouts': '超时',
  'lp.proxy.pool': 'HTTP/1.1 连接',
  'lp.proxy.poll.buffering': '没有特别要求：每个应答都是完整的响应。',
  'lp.proxy.sse.buffering':
    '不能缓冲事件流（nginx：proxy_buffering off，或本服务器发送的 X-Accel-Buffering: no），否则事件会停在代理里。',
  'lp.proxy.ws.buffering':
    '必须放行 Upgrade（到服务器用 HTTP/1.1，并转发 Upgrade 和 Connection 头）。',
  'lp.proxy.poll.timeouts':
    '读取超时必须长于 25 秒的挂起时间（nginx 默认 60 秒）；否则轮询失败并重新发出。',
  'lp.proxy.sse.timeouts': '代理会关闭空闲的流：服务器每 15 秒发送一条注释保持连接。',
  'lp.proxy.ws.timeouts': '空闲的套接字也会被关闭：服务器每 15 秒发送一次 ping。',
  'lp.proxy.poll.pool': '等待时占用每主机六个连接中的一个；发布还需要另一个。',
  'lp.proxy.sse.pool':
    '打开期间一直占用每主机六个连接中的一个，每个标签页都如此：第七个标签页要等待。',
  'lp.proxy.ws.pool':
    '不占用这六个：Chromium 把 WebSocket 放在单独的套接字池里（推断，依据其套接字池代码）。',
  'lp.unavailable': '这个浏览器缺少 fetch、EventSource 或 WebSocket。',
  'lp.teach.requests':
    '长轮询每个应答一个请求，所以每个事件（或每 25 秒的安静）都要付出一整套请求头和响应头；SSE 和 WebSocket 每个连接只付一次。',
  'lp.teach.resume':
    '断开之后，浏览器会用 Last-Event-ID 自动续上 EventSource；对于在复用连接上、还没收到任何应答就被关闭的挂起 GET，Chromium 会自己重发，所以把游标放在 URL 里的长轮询也能续上，页面往往毫无察觉。WebSocket 能续上，只是因为页面发送了它的最后一个 ID：关掉续传，它会遗漏其间的事件，而 SSE 不会。',
  'lp.teach.latency':
    '在一台机器上三者的送达时间相差仅几毫秒；只有事件来得比一次往返还快时，长轮询才要为重新请求付出代价。',
  'lp.teach.proxies':
    '流需要不缓冲、并保持空闲连接的代理；挂起的轮询只需要比挂起时间更长的读取超时。',
};

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof lpEn, true> {}
}

registerMessages({ en: lpEn, 'zh-CN': lpZh });
