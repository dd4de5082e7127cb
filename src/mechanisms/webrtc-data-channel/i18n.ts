import { registerMessages } from '../../i18n/dictionary';

// This page's own texts; titles, summaries and traits are core texts (texts.ts).
export const rtcEn = {
  'rtc.sendTitle': 'Talk peer to peer',
  'rtc.sentNote': 'Sent on the data channel straight to {name}: no server in between.',
  'rtc.signalling': 'Signalling',
  'rtc.via.this-browser': 'BroadcastChannel (tabs of this browser)',
  'rtc.via.server': 'Server WebSocket (other machines in the class)',
  'rtc.viaHint':
    'Signalling only introduces the tabs (offer, answer, ICE candidates, each in the log). No STUN or TURN here: on one machine or one network, host candidates reach each other. Across the internet a tab behind NAT needs STUN to learn its public address, and TURN to relay when no direct pair works.',
  'rtc.partner': 'Partner',
  'rtc.noPartner': 'none yet',
  'rtc.findPartner':
    'Open this page in another tab (or, with the server WebSocket, on another machine): the two find each other by the signalling below.',
  'rtc.role': 'Role',
  'rtc.role.polite': 'polite (gives way when offers collide)',
  'rtc.role.impolite': 'impolite (keeps its own offer when offers collide)',
  'rtc.sendBinary': 'Send binary (4 KiB ArrayBuffer)',
  'rtc.binarySent': 'An ArrayBuffer of {bytes} bytes went out as one binary message.',
  'rtc.binaryReceived': 'Binary messages received',
  'rtc.channelTitle': 'The data channel',
  'rtc.ordered': 'Ordered (off: messages may overtake each other)',
  'rtc.noRetransmit': 'maxRetransmits: 0 (a lost message is never sent again)',
  'rtc.openChannel': 'Open a new channel with these options',
  'rtc.channelOpened': 'A new channel is opening; the other tab reads the same options from it.',
  'rtc.channelHint':
    'The options travel in the channel’s open message (RFC 8832), so both sides read back the same ordered and maxRetransmits.',
  'rtc.label': 'Label',
  'rtc.id': 'Stream id',
  'rtc.readyState': 'readyState',
  'rtc.openedBy': 'Opened by',
  'rtc.openedHere': 'this tab',
  'rtc.openedThere': 'the other tab',
  'rtc.noChannel': 'No channel yet.',
  'rtc.burstTitle': 'Backpressure',
  'rtc.burst': 'Send a burst ({count} × {size})',
  'rtc.burstHint':
    'send() never blocks: what the network has not taken yet waits in bufferedAmount. The burst stops writing above {high} and waits for bufferedamountlow, fired when the buffer falls to bufferedAmountLowThreshold ({low}).',
  'rtc.buffered': 'bufferedAmount',
  'rtc.peak': 'Peak',
  'rtc.lowEvents': 'bufferedamountlow events',
  'rtc.burstSent': 'Chunks sent',
  'rtc.statesTitle': 'Connection and ICE',
  'rtc.connection': 'connectionState',
  'rtc.ice': 'iceConnectionState',
  'rtc.signalingState': 'signalingState',
  'rtc.historyLabel': 'State changes, oldest first',
  'rtc.perfect': 'Perfect negotiation',
  'rtc.perfectOn':
    'On: when both tabs offer at once, the polite one rolls back and answers; the impolite one ignores the other’s offer.',
  'rtc.perfectOff':
    'Off: each tab applies whatever arrives. When both offer at once, each drops its own offer to answer the other’s, then gets an answer it cannot apply (InvalidStateError, in the log): the renegotiation is lost, and only the old connection keeps the channel up.',
  'rtc.bothOffer': 'Both offer at once',
  'rtc.bothOfferHint': 'Restarts ICE here and tells the partner to do the same: two offers cross.',
  'rtc.ignored': 'Offers ignored (impolite)',
  'rtc.rolledBack': 'Offers rolled back (polite)',
  'rtc.failed': 'Negotiation errors',
  'rtc.unsupported':
    'This browser has no RTCPeerConnection: the data channel cannot be shown here.',
  'rtc.teach.signalling':
    'A data channel cannot find its partner by itself: the app carries the offer, the answer and the ICE candidates over any path it has (here BroadcastChannel or a WebSocket).',
  'rtc.teach.direct':
    'Once open, messages go tab to tab: no server is in the path, and the signalling path may even go away.',
  'rtc.teach.options':
    'ordered and maxRetransmits are fixed when the channel is created and read back the same on both sides.',
  'rtc.teach.binary': 'An ArrayBuffer sent is an ArrayBuffer received: binary needs no encoding.',
  'rtc.teach.backpressure':
    'send() queues without limit: watch bufferedAmount, and resume on bufferedamountlow.',
  'rtc.teach.glare':
    'When both sides offer at once, perfect negotiation settles it: one polite side rolls back, and the connection comes up.',
  'rtc.teach.internet':
    'Without STUN or TURN only host candidates exist: enough on one network, not across NATs.',
} as const;

// 简体中文：类型保证每个键都有译文。
export const rtcZh: Record<keyof typeof rtcEn, string> = {
  'rtc.sendTitle': '点对点对话',
  'rtc.sentNote': '已通过数据通道直接发给 {name}：中间没有服务器。',
  'rtc.signalling': '信令',
  'rtc.via.this-browser': 'BroadcastChannel（本浏览器的标签页）',
  'rtc.via.server': '服务器 WebSocket（课堂里的其他机器）',
  'rtc.viaHint':
    '信令只负责介绍双方（offer、answer、ICE 候选地址，每一条都在日志里）。这里不需要 STUN 或 TURN：同一台机器或同一个网络上，主机候选地址就能互相连通。跨越互联网时，NAT 之后的标签页需要 STUN 来得知自己的公网地址，在没有可用的直连候选对时还需要 TURN 来中继。',
  'rtc.partner': '伙伴',
  'rtc.noPartner': '还没有',
  'rtc.findPartner':
    '在另一个标签页中打开本页（选服务器 WebSocket 时，也可以在另一台机器上打开）：双方通过下面的信令找到彼此。',
  'rtc.role': '角色',
  'rtc.role.polite': '礼貌方（offer 冲突时让步）',
  'rtc.role.impolite': '非礼貌方（offer 冲突时保留自己的 offer）',
  'rtc.sendBinary': '发送二进制（4 KiB ArrayBuffer）',
  'rtc.binarySent': '一个 {bytes} 字节的 ArrayBuffer 作为一条二进制消息发出。',
  'rtc.binaryReceived': '收到的二进制消息',
  'rtc.channelTitle': '数据通道',
  'rtc.ordered': '有序（关闭后：消息可能互相超越）',
  'rtc.noRetransmit': 'maxRetransmits: 0（丢失的消息不会重发）',
  'rtc.openChannel': '用这些选项打开新通道',
  'rtc.channelOpened': '新通道正在打开；另一个标签页会从通道读到相同的选项。',
  'rtc.channelHint':
    '这些选项随通道的打开消息（RFC 8832）传给对方，所以双方读到的 ordered 和 maxRetransmits 相同。',
  'rtc.label': '标签',
  'rtc.id': '流 ID',
  'rtc.readyState': 'readyState',
  'rtc.openedBy': '打开者',
  'rtc.openedHere': '本标签页',
  'rtc.openedThere': '另一个标签页',
  'rtc.noChannel': '还没有通道。',
  'rtc.burstTitle': '背压',
  'rtc.burst': '连续发送（{count} × {size}）',
  'rtc.burstHint':
    'send() 从不阻塞：网络还没取走的数据在 bufferedAmount 里等待。超过 {high} 时连续发送暂停写入，等待 bufferedamountlow；缓冲降到 bufferedAmountLowThreshold（{low}）时触发该事件。',
  'rtc.buffered': 'bufferedAmount',
  'rtc.peak': '峰值',
  'rtc.lowEvents': 'bufferedamountlow 事件',
  'rtc.burstSent': '已发送块数',
  'rtc.statesTitle': '连接与 ICE',
  'rtc.connection': 'connectionState',
  'rtc.ice': 'iceConnectionState',
  'rtc.signalingState': 'signalingState',
  'rtc.historyLabel': '状态变化，从早到晚',
  'rtc.perfect': '完美协商',
  'rtc.perfectOn': '开启：两个标签页同时发 offer 时，礼貌方回滚并应答；非礼貌方忽略对方的 offer。',
  'rtc.perfectOff':
    '关闭：每个标签页照单全收。两边同时发 offer 时，各自放弃自己的 offer 去应答对方的，随后收到一个无法应用的 answer（InvalidStateError，见日志）：这次重新协商丢失了，只靠旧连接维持通道。',
  'rtc.bothOffer': '双方同时发 offer',
  'rtc.bothOfferHint': '在这里重启 ICE，并让伙伴也这样做：两个 offer 在路上交错。',
  'rtc.ignored': '被忽略的 offer（非礼貌方）',
  'rtc.rolledBack': '被回滚的 offer（礼貌方）',
  'rtc.failed': '协商错误',
  'rtc.unsupported': '这个浏览器没有 RTCPeerConnection：这里无法演示数据通道。',
  'rtc.teach.signalling':
    '数据通道自己找不到伙伴：应用要通过它已有的任何通道传递 offer、answer 和 ICE 候选地址（这里是 BroadcastChannel 或 WebSocket）。',
  'rtc.teach.direct':
    '通道打开后，消息在标签页之间直接传递：路径上没有服务器，信令通道甚至可以消失。',
  'rtc.teach.options': 'ordered 和 maxRetransmits 在创建通道时确定，双方读到的值相同。',
  'rtc.teach.binary': '发出的是 ArrayBuffer，收到的也是 ArrayBuffer：二进制不需要编码。',
  'rtc.teach.backpressure':
    'send() 的排队没有上限：留意 bufferedAmount，在 bufferedamountlow 时继续。',
  'rtc.teach.glare': '双方同时发 offer 时，完美协商会解决冲突：礼貌方回滚，连接照样建立。',
  'rtc.teach.internet': '没有 STUN 或 TURN 时只有主机候选地址：同一网络内足够，跨越 NAT 则不行。',
};

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof rtcEn, true> {}
}

registerMessages({ en: rtcEn, 'zh-CN': rtcZh });
