import { registerMessages } from '../../i18n/dictionary';

export const sseEn = {
  'sse.feedTitle': 'The feed',
  'sse.state.connecting': 'CONNECTING (0): the browser is (re)connecting…',
  'sse.state.open': 'OPEN (1): listening to {url}',
  'sse.state.closed': 'CLOSED (2)',
  'sse.gaveUp':
    'The browser stopped retrying: the server answered, but not with a 200 and text/event-stream (a refused origin or join code, a wrong URL). A stopped server looks different: the stream keeps reconnecting. Press Connect to try again.',
  'sse.manualNote':
    'You closed the stream: EventSource.close() is final, the browser will not reconnect.',
  'sse.connect': 'Connect',
  'sse.close': 'Close',
  'sse.facts': 'What the EventSource knows',
  'sse.lastEventId': 'lastEventId',
  'sse.retry': 'retry (from the server)',
  'sse.retryMs': '{ms} ms',
  'sse.epoch': 'Server epoch',
  'sse.opens': 'Connections opened',
  'sse.resumes': 'Resumed with Last-Event-ID',
  'sse.replayed': 'Events replayed on resume',
  'sse.typesTitle': 'Named events',
  'sse.typesHint':
    'Each type needs its own addEventListener(type). This page listens to all four, so the gap detector sees every id; switch a type off to keep it out of the log.',
  'sse.type.message': ' (unnamed, or named "message": onmessage hears it)',
  'sse.type.time': ' (every 2 s)',
  'sse.type.notification': ' (every 15 s, and published)',
  'sse.type.alert': ' (every 45 s, and published)',
  'sse.received': '{count} received',
  'sse.publishTitle': 'Publish to every tab',
  'sse.publishHint':
    'SSE is one-way: to talk, a tab makes an ordinary POST (/api/sse/publish) and the server pushes the event to every stream, this tab included.',
  'sse.eventType': 'Event type',
  'sse.publishedOne': 'Published as event {id} to {count} stream.',
  'sse.published': 'Published as event {id} to {count} streams.',
  'sse.gapsTitle': 'Gap detector',
  'sse.gapsHint':
    'Every event id is <epoch>-<sequence>. Within an epoch each event must be the previous one plus one: a jump is a gap, a step back a duplicate.',
  'sse.gapsLine':
    '{gaps} gaps ({missing} missing) · {duplicates} duplicates · {events} events checked',
  'sse.reset':
    'Reset: {reason}. Events after {from} cannot be replayed{lost}; counting starts again from epoch {epoch}.',
  'sse.reset.server-restarted': 'the server restarted and its memory of events went with it',
  'sse.reset.too-old': 'this tab was away longer than the server keeps events (the last 1,000)',
  'sse.reset.unreadable': 'the server did not recognise the id this tab sent',
  'sse.lost': ' ({count} lost)',
  'sse.limitTitle': 'Six connections per origin',
  'sse.limit1':
    'Over HTTP/1.1 a browser opens at most six connections to one origin (host and port), and every tab of that browser shares them.',
  'sse.limit2':
    'Each open EventSource holds one of the six for as long as it lives. With six streams open, every other request to this origin waits, from every tab: the six tabs’ own API calls and publishes too, and a 7th tab usually cannot even load the page, until a stream closes. Time it below.',
  'sse.limit3':
    'The ways out: HTTP/2 (one connection carries ~100 streams, but browsers speak it only over TLS, so not on http://localhost or a LAN address), one tab that listens and shares through BroadcastChannel, or a WebSocket (not counted in the six).',
  'sse.unavailable': 'This browser has no EventSource.',
  'sse.teach.named':
    'onmessage hears events without a name, and events named "message"; "event: time" needs addEventListener("time").',
  'sse.teach.retry':
    'The browser reconnects by itself after "retry" milliseconds (the server sets it), and once an event with an id: has arrived it sends the Last-Event-ID header: the server replays what was missed.',
  'sse.teach.close':
    'close() is final: the browser never reconnects a closed EventSource, and a new one does not send Last-Event-ID (this page adds ?lastEventId= itself).',
  'sse.teach.text': 'Only text crosses: binary must be encoded (base64) into the data field.',
  'sse.teach.oneWay':
    'The server talks, the page listens. To answer, a page uses fetch: two channels, not one.',
} as const;

export const sseZh: Record<keyof typeof sseEn, string> = {
  'sse.feedTitle': '事件流',
  'sse.state.connecting': 'CONNECTING (0)：浏览器正在（重新）连接…',
  'sse.state.open': 'OPEN (1)：正在收听 {url}',
  'sse.state.closed': 'CLOSED (2)',
  'sse.gaveUp':
    '浏览器停止了重试：服务器有应答，但不是带 text/event-stream 的 200（来源或加入码被拒绝、URL 不对）。服务器停了的样子不同：事件流会一直重连。按“连接”再试一次。',
  'sse.manualNote': '你关闭了事件流：EventSource.close() 是最终的，浏览器不会重连。',
  'sse.connect': '连接',
  'sse.close': '关闭',
  'sse.facts': 'EventSource 知道的信息',
  'sse.lastEventId': 'lastEventId',
  'sse.retry': 'retry（由服务器设定）',
  'sse.retryMs': '{ms} 毫秒',
  'sse.epoch': '服务器纪元',
  'sse.opens': '已打开的连接次数',
  'sse.resumes': '用 Last-Event-ID 续传的次数',
  'sse.replayed': '续传时重放的事件',
  'sse.typesTitle': '具名事件',
  'sse.typesHint':
    '每种类型都需要自己的 addEventListener(type)。本页收听全部四种，这样缺口检测能看到每个 id；关掉某种类型只是不再把它写进日志。',
  'sse.type.message': '（未命名，或名为 "message"：onmessage 能收到）',
  'sse.type.time': '（每 2 秒）',
  'sse.type.notification': '（每 15 秒，以及发布的）',
  'sse.type.alert': '（每 45 秒，以及发布的）',
  'sse.received': '已收到 {count} 条',
  'sse.publishTitle': '发布给所有标签页',
  'sse.publishHint':
    'SSE 是单向的：要“说话”，标签页发一个普通的 POST（/api/sse/publish），再由服务器把事件推送到每个事件流，包括本标签页。',
  'sse.eventType': '事件类型',
  'sse.publishedOne': '已作为事件 {id} 发布到 {count} 个事件流。',
  'sse.published': '已作为事件 {id} 发布到 {count} 个事件流。',
  'sse.gapsTitle': '缺口检测',
  'sse.gapsHint':
    '每个事件的 id 都是 <纪元>-<序号>。同一纪元内，每个事件都必须比上一个大一：跳跃就是缺口，倒退就是重复。',
  'sse.gapsLine': '{gaps} 个缺口（缺 {missing} 条）· {duplicates} 条重复 · 已检查 {events} 个事件',
  'sse.reset': '重置：{reason}。{from} 之后的事件无法重放{lost}；从纪元 {epoch} 重新开始计数。',
  'sse.reset.server-restarted': '服务器重启了，它对事件的记忆也随之消失',
  'sse.reset.too-old': '本标签页离开的时间超过了服务器保存事件的范围（最近 1,000 条）',
  'sse.reset.unreadable': '服务器不认识本标签页发送的 id',
  'sse.lost': '（丢失 {count} 条）',
  'sse.limitTitle': '每个源 6 个连接',
  'sse.limit1':
    '在 HTTP/1.1 下，浏览器对同一个源（主机和端口）最多打开 6 个连接，该浏览器的所有标签页共用这 6 个。',
  'sse.limit2':
    '每个打开的 EventSource 在存活期间都占用其中一个。6 个事件流都开着时，任何标签页对这个源的其他请求都要等待：这 6 个标签页自己的 API 调用和发布也一样，第 7 个标签页通常连页面都加载不出来，直到有一个事件流关闭。在下面计时看看。',
  'sse.limit3':
    '解决办法：HTTP/2（一个连接可承载约 100 个流，但浏览器只在 TLS 上使用它，所以 http://localhost 和局域网地址上不行）、只让一个标签页收听并通过 BroadcastChannel 分享，或者改用 WebSocket（不计入这 6 个）。',
  'sse.unavailable': '这个浏览器没有 EventSource。',
  'sse.teach.named':
    'onmessage 能收到没有名字的事件，以及名为 "message" 的事件；“event: time”需要 addEventListener("time")。',
  'sse.teach.retry':
    '浏览器会在“retry”毫秒后自动重连（由服务器设定），并且在收到过带 id: 的事件之后发送 Last-Event-ID 请求头：服务器据此重放错过的事件。',
  'sse.teach.close':
    'close() 是最终的：浏览器永远不会重连已关闭的 EventSource，新建的 EventSource 也不会发送 Last-Event-ID（本页会自己加上 ?lastEventId=）。',
  'sse.teach.text': '只能传文本：二进制数据必须编码（base64）后放进 data 字段。',
  'sse.teach.oneWay': '服务器说，页面听。页面要回话就用 fetch：这是两条通道，而不是一条。',
};

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof sseEn, true> {}
}

registerMessages({ en: sseEn, 'zh-CN': sseZh });
