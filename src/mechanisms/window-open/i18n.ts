import { registerMessages } from '../../i18n/dictionary';

// This page's own texts. They load with the page, not with the first visit; titles, summaries and
// traits stay in src/i18n (the navigation and the comparison table need them everywhere).
export const popEn = {
  'pop.inbox': 'this window',
  'pop.popupName': 'Popup {n}',
  'pop.openTitle': 'Open a popup',
  'pop.windowName': 'Window name (the same name reuses the window)',
  'pop.width': 'Width',
  'pop.height': 'Height',
  'pop.left': 'Left',
  'pop.top': 'Top',
  'pop.auto': 'auto',
  'pop.positionHint':
    'Left and Top are in screen pixels. Left empty, the popup opens just right of this window.',
  'pop.sendAtOnce': 'Send this right after opening (optional)',
  'pop.open': 'Open popup',
  'pop.features': 'Window features',
  'pop.opened': 'Opened {name} as window "{window}". It says "ready" once its page listens.',
  'pop.reused':
    'Reused the window named "{window}": {name} loads again and must say "ready" again.',
  'pop.openedNoHandle': 'Opened window "{window}" without a handle (noopener)',
  'pop.noHandleNote':
    "Opened with noopener or noreferrer: window.open returned null by design, so this page cannot reach the popup and the popup's window.opener is null.",
  'pop.blocked':
    'The browser blocked the popup: window.open returned null. Allow popups for this site, or open it within about 5 s of a click or key press.',
  'pop.openFailed': 'Could not open "{name}"',
  'pop.listTitle': 'Popups',
  'pop.none': 'No popup yet.',
  'pop.state.opening': 'opening',
  'pop.state.ready': 'ready',
  'pop.state.closed': 'closed',
  'pop.state.noHandle': 'no handle',
  'pop.queuedCount': '{count} waiting',
  'pop.opens': 'opened {count} times',
  'pop.focus': 'Focus',
  'pop.close': 'Close',
  'pop.focusNamed': 'Focus {name}',
  'pop.closeNamed': 'Close {name}',
  'pop.closed': '{name} was closed',
  'pop.closedWithQueueOne':
    '{name} was closed before it was ready: {count} queued message never delivered',
  'pop.closedWithQueue':
    '{name} was closed before it was ready: {count} queued messages never delivered',
  'pop.sendTitle': 'Send to a popup',
  'pop.to': 'To',
  'pop.noTarget': 'no popup yet',
  'pop.noneOpen': 'No popup is open yet: open one first, then send to it.',
  'pop.noneReachable':
    'No popup this page can reach (closed, or opened with noopener): open one first, then send to it.',
  'pop.openNow': 'Open one now',
  'pop.handshake': 'Wait for the popup\'s "ready"',
  'pop.handshakeOn':
    'Messages to a popup that is still loading wait in a queue and go out when it says "ready".',
  'pop.handshakeOff':
    'Messages are posted at once, ready or not: the usual bug. Open a popup with a message to send right away, and watch it get lost.',
  'pop.queued': 'Queued for {name} until it says "ready" ({count} waiting).',
  'pop.flushedOne': '{name} is ready: delivered {count} queued message',
  'pop.flushed': '{name} is ready: delivered {count} queued messages',
  'pop.sent': 'Sent to {name}.',
  'pop.sentNoHandshake': 'Posted to {name} without waiting for "ready".',
  'pop.noReceipt': 'no receipt from {name}: it was not listening yet',
  'pop.queueFull':
    'The queue for {name} is full: the message was not sent. Wait for the popup, or close it.',
  'pop.cannotReach': 'Cannot reach {name}: it is closed, or was opened without a handle.',
  'pop.teach.handshake':
    'A popup\'s page is not listening when window.open returns. Wait for it to say "ready", and queue what you send until then.',
  'pop.teach.blocked':
    'window.open needs transient user activation: a click, tap or key press in the last ~5 s (Chromium and Firefox), used up by the popup it opens. element.click() from script does not count. Without it window.open returns null.',
  'pop.teach.closed':
    'No event tells the opener that a popup closed: it has to check popup.closed.',
  'pop.teach.noopener':
    "noopener (and noreferrer) cut the link: window.open returns null and the popup's window.opener is null, so neither side can message the other.",
  'pop.teach.name':
    'Opening the same window name again reuses that window and loads the page again.',
  'pop.peer.hasOpener': 'present ({origin})',
  'pop.peer.noReferrer': '(empty)',
  'pop.peer.noOpener':
    'window.opener is null: this popup was opened with noopener or noreferrer, so it cannot reach the page that opened it.',
  'pop.peer.cannotSend': 'There is no opener to send to.',
  'pop.peer.received': 'Received here',
  'pop.peer.placeholder': 'Hello from the popup',
  'pop.peer.nothing': 'Nothing yet.',
} as const;

// 简体中文：类型保证每个键都有译文。
export const popZh: Record<keyof typeof popEn, string> = {
  'pop.inbox': '本窗口',
  'pop.popupName': '弹窗 {n}',
  'pop.openTitle': '打开弹窗',
  'pop.windowName': '窗口名（同名会复用该窗口）',
  'pop.width': '宽度',
  'pop.height': '高度',
  'pop.left': '左边距',
  'pop.top': '上边距',
  'pop.auto': '自动',
  'pop.positionHint': '左边距和上边距以屏幕像素计。留空时，弹窗在本窗口右侧紧挨着打开。',
  'pop.sendAtOnce': '打开后立即发送这条消息（可选）',
  'pop.open': '打开弹窗',
  'pop.features': '窗口特性',
  'pop.opened': '已将{name}作为窗口“{window}”打开。它的页面开始监听后会说“就绪”。',
  'pop.reused': '复用了名为“{window}”的窗口：{name}重新加载，需要再次说“就绪”。',
  'pop.openedNoHandle': '无句柄地打开了窗口“{window}”（noopener）',
  'pop.noHandleNote':
    '使用了 noopener 或 noreferrer：window.open 按规定返回 null，因此本页无法联系弹窗，弹窗的 window.opener 也是 null。',
  'pop.blocked':
    '浏览器拦截了弹窗：window.open 返回 null。请允许本网站的弹窗，或在点击或按键后约 5 秒内打开。',
  'pop.openFailed': '无法打开“{name}”',
  'pop.listTitle': '弹窗',
  'pop.none': '还没有弹窗。',
  'pop.state.opening': '打开中',
  'pop.state.ready': '就绪',
  'pop.state.closed': '已关闭',
  'pop.state.noHandle': '无句柄',
  'pop.queuedCount': '{count} 条等待中',
  'pop.opens': '已打开 {count} 次',
  'pop.focus': '聚焦',
  'pop.close': '关闭',
  'pop.focusNamed': '聚焦{name}',
  'pop.closeNamed': '关闭{name}',
  'pop.closed': '{name}已关闭',
  'pop.closedWithQueueOne': '{name}在就绪前就关闭了：{count} 条排队的消息从未送达',
  'pop.closedWithQueue': '{name}在就绪前就关闭了：{count} 条排队的消息从未送达',
  'pop.sendTitle': '发送给弹窗',
  'pop.to': '发给',
  'pop.noTarget': '还没有弹窗',
  'pop.noneOpen': '还没有打开的弹窗：先打开一个，再发给它。',
  'pop.noneReachable': '没有本页能联系的弹窗（已关闭，或用 noopener 打开）：先打开一个，再发给它。',
  'pop.openNow': '现在打开一个',
  'pop.handshake': '等待弹窗说“就绪”',
  'pop.handshakeOn': '发给仍在加载的弹窗的消息会先排队，等它说“就绪”后再发出。',
  'pop.handshakeOff':
    '不管是否就绪都立即发送：这是常见的 bug。打开弹窗时附带一条立即发送的消息，看看它是怎么丢的。',
  'pop.queued': '已为{name}排队，等它说“就绪”（{count} 条等待中）。',
  'pop.flushedOne': '{name}已就绪：送达了 {count} 条排队的消息',
  'pop.flushed': '{name}已就绪：送达了 {count} 条排队的消息',
  'pop.sent': '已发送给{name}。',
  'pop.sentNoHandshake': '没等“就绪”就发给了{name}。',
  'pop.noReceipt': '{name}没有回执：它当时还没开始监听',
  'pop.queueFull': '{name}的队列已满：消息没有发出。请等待弹窗，或者关闭它。',
  'pop.cannotReach': '无法联系{name}：它已关闭，或者是无句柄打开的。',
  'pop.teach.handshake':
    'window.open 返回时，弹窗的页面还没开始监听。等它说“就绪”，在那之前把要发的消息排队。',
  'pop.teach.blocked':
    'window.open 需要短暂的用户激活：最近约 5 秒内（Chromium 和 Firefox）的一次点击、轻触或按键，打开弹窗时就会用掉它。脚本调用 element.click() 不算。没有激活时 window.open 返回 null。',
  'pop.teach.closed': '弹窗关闭时，没有任何事件通知打开它的页面：只能去检查 popup.closed。',
  'pop.teach.noopener':
    'noopener（以及 noreferrer）会切断联系：window.open 返回 null，弹窗的 window.opener 也是 null，双方都无法给对方发消息。',
  'pop.teach.name': '再次用同一个窗口名打开，会复用那个窗口并重新加载页面。',
  'pop.peer.hasOpener': '存在（{origin}）',
  'pop.peer.noReferrer': '（空）',
  'pop.peer.noOpener':
    'window.opener 是 null：这个弹窗是用 noopener 或 noreferrer 打开的，无法联系打开它的页面。',
  'pop.peer.cannotSend': '没有可以发送的 opener。',
  'pop.peer.received': '在这里收到的',
  'pop.peer.placeholder': '来自弹窗的问候',
  'pop.peer.nothing': '还没有。',
};

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof popEn, true> {}
}

registerMessages({ en: popEn, 'zh-CN': popZh });
