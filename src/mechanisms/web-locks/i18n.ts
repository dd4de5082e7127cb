import { registerMessages } from '../../i18n/dictionary';

// This page's own texts; titles, summaries and traits are core texts (texts.ts).
export const wlEn = {
  'wl.sendTitle': 'Publish to the feed',
  'wl.sentNote':
    'Published with one request. The leader’s feed brings it back, and the leader relays it to every other tab.',
  'wl.roleTitle': 'Who leads',
  'wl.leader': 'This tab is the leader (term {term}): it alone holds the feed open.',
  'wl.follower': 'This tab follows: it waits in the lock queue and hears the feed from {leader}.',
  'wl.noLeader': 'No tab holds the lock yet.',
  'wl.feed': 'Feed',
  'wl.feed.closed': 'not opened by this tab',
  'wl.feed.connecting': 'connecting',
  'wl.feed.open': 'open',
  'wl.lastId': 'Last event id',
  'wl.seen': 'Events seen',
  'wl.missed': 'Missed (gaps in the ids)',
  'wl.duplicates': 'Duplicates dropped',
  'wl.takeover': 'Last takeover',
  'wl.resumedOne': 'resumed from {id}, {count} event replayed',
  'wl.resumed': 'resumed from {id}, {count} events replayed',
  'wl.fresh': 'a fresh start (no Last-Event-ID)',
  'wl.stepDown': 'Step down',
  'wl.resumeSwitch': 'Resume the feed with Last-Event-ID on takeover',
  'wl.resumeOn':
    'A new leader asks the server for everything after the last id this tab saw: nothing is lost.',
  'wl.resumeOff':
    'A new leader starts the feed fresh: whatever was published during the takeover never arrives (watch “Missed”).',
  'wl.queueTitle': 'The lock queue',
  'wl.queueHint': 'As navigator.locks.query() reports it, once a second.',
  'wl.heldBy': 'Held by',
  'wl.waiting': 'Waiting, in order',
  'wl.nobody': 'nobody',
  'wl.thisTab': '(this tab)',
  'wl.naive': 'Naive mode: this tab holds no lock and keeps its own stream to the server open.',
  'wl.naiveTitle': 'The naive way: a stream per tab',
  'wl.naiveSwitch': 'Every tab opens its own EventSource',
  'wl.naiveHint':
    'Over HTTP/1.1 the browser opens at most six connections to one origin, for all its tabs together. Six naive tabs hold all six: the seventh cannot even load, and every tab’s other requests (here GET /api/health) wait until a stream closes. With the leader, the same seven tabs hold one stream, and the request is answered at once.',
  'wl.naiveHow':
    'Open this page with ?mode=naive in six tabs (or turn the switch on in each), then time a request. Then do the same in leader mode.',
  'wl.timerHint':
    'An ordinary GET /api/health from this tab, timed. In naive mode with six tabs open it waits; in leader mode it does not.',
  'wl.teach.naive':
    'The naive way, every tab with its own EventSource, runs out of connections: with six tabs open over HTTP/1.1 a seventh hangs, and so does every other request to the server. Leader election keeps it to one stream however many tabs there are.',
  'wl.teach.one':
    'However many tabs are open, the server sees one connection: only the lock holder opens it.',
  'wl.teach.handover':
    'When the leader closes, the browser releases its lock and grants it to the next request in line, within a moment.',
  'wl.teach.resume':
    'The new leader sends the server the last event id this tab saw, so the server replays the gap and no event is lost. A new EventSource cannot set the Last-Event-ID header (only its own reconnections send it), so the id goes in the URL.',
  'wl.teach.query':
    'navigator.locks.query() shows who holds a lock and who waits; naming a lock after each tab turns client ids into names.',
} as const;

// 简体中文：类型保证每个键都有译文。
export const wlZh: Record<keyof typeof wlEn, string> = {
  'wl.sendTitle': '发布到事件流',
  'wl.sentNote': '已用一次请求发布。领导者的事件流会把它带回来，再由领导者转发给其他每个标签页。',
  'wl.roleTitle': '谁是领导者',
  'wl.leader': '本标签页是领导者（第 {term} 任）：只有它保持事件流打开。',
  'wl.follower': '本标签页是跟随者：它在锁的队列里等待，并从 {leader} 那里收听事件流。',
  'wl.noLeader': '还没有标签页持有这把锁。',
  'wl.feed': '事件流',
  'wl.feed.closed': '本标签页没有打开',
  'wl.feed.connecting': '正在连接',
  'wl.feed.open': '已打开',
  'wl.lastId': '最后的事件 ID',
  'wl.seen': '已看到的事件',
  'wl.missed': '遗漏（ID 中的空缺）',
  'wl.duplicates': '丢弃的重复',
  'wl.takeover': '上一次接手',
  'wl.resumedOne': '从 {id} 续上，重放了 {count} 个事件',
  'wl.resumed': '从 {id} 续上，重放了 {count} 个事件',
  'wl.fresh': '重新开始（没有 Last-Event-ID）',
  'wl.stepDown': '让位',
  'wl.resumeSwitch': '接手时用 Last-Event-ID 续上事件流',
  'wl.resumeOn': '新领导者会向服务器索取本标签页看到的最后一个 ID 之后的所有事件：什么都不会丢。',
  'wl.resumeOff': '新领导者重新开始事件流：接手期间发布的内容永远不会到达（看“遗漏”）。',
  'wl.queueTitle': '锁的队列',
  'wl.queueHint': '按 navigator.locks.query() 的报告，每秒一次。',
  'wl.heldBy': '持有者',
  'wl.waiting': '按顺序等待',
  'wl.nobody': '无',
  'wl.thisTab': '（本标签页）',
  'wl.naive': '朴素模式：本标签页不持有锁，自己保持一条到服务器的事件流。',
  'wl.naiveTitle': '朴素的做法：每个标签页一条事件流',
  'wl.naiveSwitch': '每个标签页各自打开 EventSource',
  'wl.naiveHint':
    '在 HTTP/1.1 下，浏览器对同一个源最多只开 6 个连接，所有标签页共用。6 个朴素标签页就占满了：第 7 个连页面都加载不了，每个标签页的其他请求（这里是 GET /api/health）都要等到某条事件流关闭。有了领导者，同样的 7 个标签页只占一条事件流，请求立刻得到应答。',
  'wl.naiveHow':
    '在 6 个标签页里用 ?mode=naive 打开本页（或在每个标签页里打开开关），然后给一个请求计时。再在领导者模式下做一遍。',
  'wl.timerHint':
    '本标签页发出一个普通的 GET /api/health 并计时。朴素模式下开着 6 个标签页时它要等待；领导者模式下不用。',
  'wl.teach.naive':
    '朴素的做法——每个标签页各自一个 EventSource——会耗尽连接：在 HTTP/1.1 下开着 6 个标签页时，第 7 个会卡住，发往服务器的其他请求也一样。领导者选举让它无论多少标签页都只有一条事件流。',
  'wl.teach.one': '无论打开多少标签页，服务器只看到一个连接：只有锁的持有者会打开它。',
  'wl.teach.handover': '领导者关闭时，浏览器会释放它的锁，并很快交给队列中的下一个请求。',
  'wl.teach.resume':
    '新领导者把本标签页看到的最后一个事件 ID 发给服务器，服务器重放空缺，没有事件丢失。新建的 EventSource 无法设置 Last-Event-ID 请求头（只有它自己重连时才会发送），所以这个 ID 放在 URL 里。',
  'wl.teach.query':
    'navigator.locks.query() 显示谁持有锁、谁在等待；为每个标签页各起一把以它命名的锁，就能把 clientId 变成名字。',
};

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof wlEn, true> {}
}

registerMessages({ en: wlEn, 'zh-CN': wlZh });
