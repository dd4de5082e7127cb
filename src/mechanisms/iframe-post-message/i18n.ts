import { registerMessages } from '../../i18n/dictionary';

// This page's own texts. They load with the page, not with the first visit; titles, summaries and
// traits stay in src/i18n (the navigation and the comparison table need them everywhere).
export const ifrEn = {
  'ifr.inbox': 'this window',
  'ifr.role.same': 'Same-origin frame',
  'ifr.role.cross': 'Cross-origin frame',
  'ifr.role.sandboxed': 'Sandboxed frame',
  'ifr.role.hostile': 'Hostile frame',
  'ifr.role.navigated': 'Another site',
  'ifr.sendTitle': 'Send to a frame',
  'ifr.to': 'To',
  'ifr.sendsHere': 'the form sends here',
  'ifr.mode.exact': "exactly the frame's origin ({origin})",
  'ifr.mode.star': '"*" (any origin: whoever is in the frame now)',
  'ifr.mode.wrong': 'a wrong origin ({origin})',
  'ifr.outcome.waiting':
    'Posted to {frame} with targetOrigin {targetOrigin}. Waiting for its receipt…',
  'ifr.outcome.delivered': '{frame} confirmed it received the message (its origin: {origin}).',
  'ifr.outcome.elsewhere':
    'Delivered, but the receipt came from {origin}: not the page you meant to reach in {frame}.',
  'ifr.outcome.lost':
    "No receipt from {frame}: with targetOrigin {targetOrigin} the browser dropped the message silently, because the frame's current origin is different. No error was thrown.",
  'ifr.outcome.lostStar':
    'No receipt from {frame}, even with "*": nothing in the frame is listening.',
  'ifr.outcome.noReceipt':
    'No receipt from {frame} within {seconds} s, although targetOrigin {targetOrigin} matches the origin it said hello from: its page is busy or does not answer.',
  'ifr.outcome.queued':
    '{frame} has not said it is ready yet: the message waits and is posted when it does ({count} waiting).',
  'ifr.neverReady': '{frame} never said it was ready, so "{text}" was never posted',
  'ifr.notDelivered': 'no receipt from {frame} for "{text}"',
  'ifr.receiving': 'Receiving',
  'ifr.verify': 'Verify sender origin',
  'ifr.verifyOn':
    'Only messages whose event.origin is exactly one of {origins} are accepted; the rest are logged as rejected.',
  'ifr.verifyOff':
    'Every message is accepted, whoever sent it. Messages from untrusted origins are marked UNVERIFIED: this is what an attacker gets through.',
  'ifr.unverifiedAlert':
    'Accepted a message signed "{name}" from {origin} without checking its origin. With the check on, it would have been rejected.',
  'ifr.dismiss': 'Dismiss',
  'ifr.framesTitle': 'The frames',
  'ifr.state.loading': 'loading',
  'ifr.state.ready': 'ready',
  'ifr.state.timeout': 'did not answer',
  'ifr.frameTimeout': '{frame} did not announce itself within {seconds} s of its load event',
  'ifr.frameNoLoad': '{frame} did not finish loading within {seconds} s',
  'ifr.read.same': "Read the same-origin frame's document",
  'ifr.read.cross': "Read the cross-origin frame's document",
  'ifr.read.ok': 'Read its document: the title is "{title}".',
  'ifr.read.blocked':
    "{name}: the same-origin policy forbids reading another origin's document. postMessage is the only way in.",
  'ifr.navigate.away': 'Navigate the cross-origin frame to another site ({origin})',
  'ifr.navigate.back': 'Bring the cross-origin frame back',
  'ifr.hostileTitle': 'A hostile frame',
  'ifr.hostileFrom.none': 'Hidden',
  'ifr.hostileFrom.otherHost': 'From {origin} (the same server under another name)',
  'ifr.hostileFrom.suffix': 'From {origin} (ends like a trusted host)',
  'ifr.hostileFrom.opaque': 'Sandboxed (origin "null")',
  'ifr.hostile.intro':
    'This frame is the attacker. It posts to the parent with "*" and signs as the cross-origin frame.',
  'ifr.hostile.spoof': 'Send a spoofed message',
  'ifr.hostile.garbage': 'Send a non-envelope',
  'ifr.hostile.oversize': 'Send a 100 KiB message',
  'ifr.hostile.sent': "Sent: {what}. Look at the parent's log.",
  'ifr.hostile.payload': 'Please send your password to the attacker.',
  'ifr.transferTitle': 'Copy or transfer a buffer',
  'ifr.transferHint':
    'A copy leaves your buffer intact and costs more the bigger it is; a transfer moves it, and your buffer becomes detached (byteLength 0).',
  'ifr.size': 'Size',
  'ifr.sendCopy': 'Send a copy (structured clone)',
  'ifr.sendTransfer': 'Transfer it',
  'ifr.transferResults': 'Copy and transfer results',
  'ifr.transferNone': 'Nothing yet: send a copy, or transfer a buffer.',
  'ifr.col.mode': 'How',
  'ifr.col.call': 'postMessage call',
  'ifr.col.arrived': 'Arrived after',
  'ifr.col.after': "Sender's buffer after",
  'ifr.mode.copy': 'copy',
  'ifr.mode.transfer': 'transfer',
  'ifr.detached': 'detached (0 bytes)',
  'ifr.portTitle': 'A private channel: MessageChannel',
  'ifr.portHint':
    "Hand one end of a MessageChannel to a frame; from then on you talk over the port, and the window 'message' listener hears nothing of it.",
  'ifr.handPort': 'Hand a port to the frame',
  'ifr.portHanded': '{frame} has the other end of the channel.',
  'ifr.portMessage': 'Port message',
  'ifr.sendOverPort': 'Send over the port',
  'ifr.counters': 'Message counters',
  'ifr.count.window': "window 'message' events here",
  'ifr.count.port': 'port messages here',
  'ifr.teach.targetOrigin':
    "targetOrigin is the sender's protection: the browser delivers only if the frame's current origin matches; otherwise it drops the message without an error.",
  'ifr.teach.origin':
    "event.origin is the receiver's protection: compare it exactly with a list of trusted origins. String#startsWith, #endsWith and #includes can all be fooled; an exact match (===, or Array#includes on the list) cannot.",
  'ifr.teach.null':
    'A sandboxed frame has the origin "null", and so does every other sandboxed frame: never trust "null". To reach such a frame you must use "*".',
  'ifr.teach.navigate':
    'A frame can be navigated to another site. An exact targetOrigin then stops your message; "*" hands it to whoever is there now.',
  'ifr.teach.transfer':
    'Transferring a buffer moves it instead of copying: the sender loses it (byteLength 0), and the postMessage call no longer grows with the size (measured here to a same-origin frame).',
  'ifr.teach.port':
    "A MessageChannel port is a private pipe: its messages never reach the window 'message' listener.",
  'ifr.peer.origin': 'My origin:',
  'ifr.peer.opaque': 'null (opaque: this frame is sandboxed)',
  'ifr.peer.received': 'Received here',
  'ifr.peer.placeholder': 'Hi, parent page',
  'ifr.peer.nothing': 'Nothing yet.',
  'ifr.peer.rejected': 'Refused a message from {origin}: not my parent',
  'ifr.peer.gotPort': 'Got a MessagePort: messages on it are echoed back',
  'ifr.peer.navigatedNote':
    'I am a different site. Messages meant for the cross-origin frame should not reach me.',
  'ifr.peer.noParent': 'No parent origin was given, so this frame cannot talk to anyone.',
  'ifr.peer.via.window': 'window',
  'ifr.peer.via.port': 'port',
  'ifr.peer.via.rejected': 'refused',
} as const;

// 简体中文：类型保证每个键都有译文。
export const ifrZh: Record<keyof typeof ifrEn, string> = {
  'ifr.inbox': '本窗口',
  'ifr.role.same': '同源 iframe',
  'ifr.role.cross': '跨源 iframe',
  'ifr.role.sandboxed': '沙箱 iframe',
  'ifr.role.hostile': '恶意 iframe',
  'ifr.role.navigated': '另一个网站',
  'ifr.sendTitle': '发送给 iframe',
  'ifr.to': '发给',
  'ifr.sendsHere': '表单发往这里',
  'ifr.mode.exact': '恰好是该 iframe 的来源（{origin}）',
  'ifr.mode.star': '"*"（任意来源：此刻 iframe 里是谁就给谁）',
  'ifr.mode.wrong': '一个错误的来源（{origin}）',
  'ifr.outcome.waiting': '已用 targetOrigin {targetOrigin} 发给{frame}，等待回执…',
  'ifr.outcome.delivered': '{frame}确认收到了消息（它的来源：{origin}）。',
  'ifr.outcome.elsewhere': '消息送达了，但回执来自 {origin}：并不是你想在{frame}里联系的页面。',
  'ifr.outcome.lost':
    '{frame}没有回执：由于 iframe 当前的来源与 targetOrigin {targetOrigin} 不同，浏览器静默丢弃了消息，没有抛出任何错误。',
  'ifr.outcome.lostStar': '即使用 "*"，{frame}也没有回执：iframe 里没有人在监听。',
  'ifr.outcome.noReceipt':
    '{frame}在 {seconds} 秒内没有回执，尽管 targetOrigin {targetOrigin} 与它报到时的来源一致：它的页面正忙，或者没有应答。',
  'ifr.outcome.queued': '{frame}还没有报到：消息先排队，等它报到后再发送（排队中 {count} 条）。',
  'ifr.neverReady': '{frame}一直没有报到，所以"{text}"从未发出',
  'ifr.notDelivered': '{frame}没有回执："{text}"',
  'ifr.receiving': '接收',
  'ifr.verify': '验证发送方来源',
  'ifr.verifyOn': '只接受 event.origin 恰好是 {origins} 之一的消息；其余记录为“拒绝”。',
  'ifr.verifyOff':
    '不论谁发来都接受。来自不可信来源的消息会标记为“未验证”：这正是攻击者能混进来的东西。',
  'ifr.unverifiedAlert':
    '未检查来源就接受了一条署名“{name}”、来自 {origin} 的消息。打开检查的话，它会被拒绝。',
  'ifr.dismiss': '知道了',
  'ifr.framesTitle': '这些 iframe',
  'ifr.state.loading': '加载中',
  'ifr.state.ready': '就绪',
  'ifr.state.timeout': '没有应答',
  'ifr.frameTimeout': '{frame}在 load 事件后 {seconds} 秒内没有报到',
  'ifr.frameNoLoad': '{frame}在 {seconds} 秒内没有加载完成',
  'ifr.read.same': '读取同源 iframe 的文档',
  'ifr.read.cross': '读取跨源 iframe 的文档',
  'ifr.read.ok': '读到了它的文档：标题是“{title}”。',
  'ifr.read.blocked': '{name}：同源策略禁止读取另一个源的文档。postMessage 是唯一的入口。',
  'ifr.navigate.away': '把跨源 iframe 导航到另一个网站（{origin}）',
  'ifr.navigate.back': '把跨源 iframe 导航回来',
  'ifr.hostileTitle': '恶意 iframe',
  'ifr.hostileFrom.none': '隐藏',
  'ifr.hostileFrom.otherHost': '来自 {origin}（同一台服务器换了个名字）',
  'ifr.hostileFrom.suffix': '来自 {origin}（结尾像可信主机）',
  'ifr.hostileFrom.opaque': '沙箱（来源为 "null"）',
  'ifr.hostile.intro': '这个 iframe 就是攻击者。它用 "*" 向父页面发消息，并冒充跨源 iframe 署名。',
  'ifr.hostile.spoof': '发送伪造消息',
  'ifr.hostile.garbage': '发送非信封数据',
  'ifr.hostile.oversize': '发送 100 KiB 的消息',
  'ifr.hostile.sent': '已发送：{what}。看看父页面的日志。',
  'ifr.hostile.payload': '请把你的密码发给攻击者。',
  'ifr.transferTitle': '复制还是转移缓冲区',
  'ifr.transferHint':
    '复制会保留你的缓冲区，越大越费时；转移则把它移走，你的缓冲区会被分离（byteLength 为 0）。',
  'ifr.size': '大小',
  'ifr.sendCopy': '发送副本（结构化克隆）',
  'ifr.sendTransfer': '转移它',
  'ifr.transferResults': '复制与转移的结果',
  'ifr.transferNone': '还没有结果：发送一份副本，或转移一个缓冲区。',
  'ifr.col.mode': '方式',
  'ifr.col.call': 'postMessage 调用',
  'ifr.col.arrived': '到达用时',
  'ifr.col.after': '之后发送方的缓冲区',
  'ifr.mode.copy': '复制',
  'ifr.mode.transfer': '转移',
  'ifr.detached': '已分离（0 字节）',
  'ifr.portTitle': '私有通道：MessageChannel',
  'ifr.portHint':
    '把 MessageChannel 的一端交给 iframe；之后通过端口通信，window 的 message 监听器对此一无所知。',
  'ifr.handPort': '把端口交给 iframe',
  'ifr.portHanded': '{frame}拿到了通道的另一端。',
  'ifr.portMessage': '端口消息',
  'ifr.sendOverPort': '通过端口发送',
  'ifr.counters': '消息计数',
  'ifr.count.window': '本页的 window message 事件',
  'ifr.count.port': '本页的端口消息',
  'ifr.teach.targetOrigin':
    'targetOrigin 保护发送方：只有 iframe 当前的来源匹配时浏览器才投递；否则直接丢弃，不报错。',
  'ifr.teach.origin':
    'event.origin 保护接收方：把它与可信来源列表做精确比较。String#startsWith、#endsWith 和 #includes 都可能被骗；精确比较（===，或对列表用 Array#includes）不会。',
  'ifr.teach.null':
    '沙箱 iframe 的来源是 "null"，其他所有沙箱 iframe 也一样：永远不要信任 "null"。要联系这样的 iframe，只能用 "*"。',
  'ifr.teach.navigate':
    'iframe 可能被导航到另一个网站。这时精确的 targetOrigin 会拦住你的消息；"*" 则会把它交给此刻在那里的任何页面。',
  'ifr.teach.transfer':
    '转移缓冲区是移动而不是复制：发送方失去它（byteLength 为 0），postMessage 调用的开销也不再随大小增长（这里是对同源 iframe 测得的）。',
  'ifr.teach.port':
    'MessageChannel 的端口是私有管道：它的消息永远不会到达 window 的 message 监听器。',
  'ifr.peer.origin': '我的来源：',
  'ifr.peer.opaque': 'null（不透明：这个 iframe 在沙箱中）',
  'ifr.peer.received': '在这里收到的',
  'ifr.peer.placeholder': '你好，父页面',
  'ifr.peer.nothing': '还没有。',
  'ifr.peer.rejected': '拒绝了来自 {origin} 的消息：不是我的父页面',
  'ifr.peer.gotPort': '收到一个 MessagePort：通过它发来的消息会原样回显',
  'ifr.peer.navigatedNote': '我是另一个网站。发给跨源 iframe 的消息不应该到我这里。',
  'ifr.peer.noParent': '没有提供父页面的来源，这个 iframe 无法与任何人通信。',
  'ifr.peer.via.window': 'window',
  'ifr.peer.via.port': '端口',
  'ifr.peer.via.rejected': '已拒绝',
};

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof ifrEn, true> {}
}

registerMessages({ en: ifrEn, 'zh-CN': ifrZh });
