import { registerMessages } from '../../i18n/dictionary';

// This page's own texts; titles, summaries and traits are core texts (texts.ts).
export const smEn = {
  'sm.sendTitle': 'Write into shared memory',
  'sm.sentNote':
    'Written into the ring; the worker wakes, reads it and answers through the other ring.',
  'sm.sentNoNotify': 'Written, but not notified: the worker sleeps on in Atomics.wait.',
  'sm.mailbox': 'The mailbox worker',
  'sm.running': 'running, blocked in Atomics.wait between messages',
  'sm.stopped': 'not running',
  'sm.unread': 'Waiting in the ring',
  'sm.wakes': 'Worker woke from Atomics.wait',
  'sm.pageWaits': 'This page waits with',
  'sm.pageWaits.native': 'Atomics.waitAsync (never blocks)',
  'sm.pageWaits.polling': 'a 20 ms poll (no Atomics.waitAsync here)',
  'sm.notifySwitch': 'Call Atomics.notify after writing',
  'sm.notifyOn': 'On: each write wakes the sleeping worker at once.',
  'sm.notifyOff':
    'Off: messages are written but the worker is never woken; after 8 the ring is full.',
  'sm.notifyNow': 'Notify the worker now',
  'sm.mainWait': 'Call Atomics.wait on this main thread',
  'sm.mainWaitThrew': 'The browser refused. {words}',
  'sm.mainWaitReturned': 'It returned "{value}": this browser lets a main thread block.',
  'sm.failuresTitle': 'Make it fail',
  'sm.factsTitle': "This document's isolation",
  'sm.fact.coi': 'crossOriginIsolated',
  'sm.fact.sab': 'SharedArrayBuffer defined',
  'sm.fact.secure': 'Secure context',
  'sm.fact.waitAsync': 'Atomics.waitAsync',
  'sm.yes': 'yes',
  'sm.no': 'no',
  'sm.notIsolated':
    'This document is not cross-origin isolated, so SharedArrayBuffer is not defined. It needs COOP same-origin and COEP require-corp, on a secure origin (localhost, 127.0.0.1 or https). A LAN address over http is not secure: open the page on localhost.',
  'sm.whyOnly': 'Why only this page is isolated',
  'sm.break.opener':
    'Popups lose window.opener: under COOP same-origin, a page opened with another policy lands in its own browsing context group, so the popup page’s ready handshake would never arrive.',
  'sm.break.frames':
    'Cross-origin frames need CORP: under COEP require-corp, the iframe page’s frame from the second port would be blocked unless it sent Cross-Origin-Resource-Policy (or CORS).',
  'sm.break.sw':
    'The service worker controls this page like any other, but an answer it gave from another origin without CORP would be refused here.',
  'sm.break.nav':
    'Links to and from this page load a new document: the headers apply only when a document loads, so the page you go to next is not isolated.',
  'sm.countTitle': 'Two workers, one cell: lost updates',
  'sm.countHint':
    'Two workers add 1 to the same Int32 cell for 300 ms each, started together by one Atomics.notify. Each counts its own additions; what the cell holds at the end shows how many were lost.',
  'sm.atomicSwitch': 'Use Atomics.add',
  'sm.runCount': 'Run the two counters',
  'sm.counting': 'Counting…',
  'sm.countResults': 'Counter runs',
  'sm.noRuns': 'Nothing yet: run the two counters.',
  'sm.countFailed': 'The two counters could not start: {message}',
  'sm.countWorkerFailed': 'A counter worker failed: {message}',
  'sm.countWorkerFailedBare': 'A counter worker failed without saying why.',
  'sm.countTimedOut': 'The two counters did not report within {seconds} s: stopped.',
  'sm.col.how': 'How',
  'sm.col.added': 'Each worker added',
  'sm.col.total': 'The cell holds',
  'sm.col.lost': 'Lost',
  'sm.how.atomic': 'Atomics.add',
  'sm.how.plain': 'cell = cell + 1',
  'sm.tabsTitle': 'Post the buffer to other tabs',
  'sm.tabsHint':
    'A SharedArrayBuffer is shared only within one agent cluster: this page and its workers. Open this page in a second tab, then post the buffer over BroadcastChannel: each receiver, a second channel in this tab too, says what it got.',
  'sm.share': 'Post the buffer over BroadcastChannel',
  'sm.reports': 'What the receivers said',
  'sm.outcome.received': 'received',
  'sm.outcome.messageerror': 'messageerror',
  'sm.outcome.lost': 'the message came, the buffer did not',
  'sm.outcome.threw': 'threw',
  'sm.noReports': 'Nothing yet.',
  'sm.teach.isolated':
    'SharedArrayBuffer exists only in a cross-origin isolated document: this route alone is served with COOP same-origin and COEP require-corp, and crossOriginIsolated is true here and false on every other page.',
  'sm.teach.ring':
    'Shared memory carries bytes, not objects: the page writes a message’s JSON into a ring, publishes it with Atomics.store and wakes the worker with Atomics.notify. Nothing is copied between the threads.',
  'sm.teach.mainWait':
    'Atomics.wait blocks a thread, so a page’s main thread may not call it: it throws a TypeError. The page waits with Atomics.waitAsync, a promise.',
  'sm.teach.lost':
    'Two threads doing cell = cell + 1 lose updates: both read the same value and both write it plus one. Atomics.add makes the read-add-write one indivisible step.',
  'sm.teach.cluster':
    'A SharedArrayBuffer cannot leave its agent cluster (a page and its workers): another tab never gets the memory. Chromium’s BroadcastChannel does not carry it at all: every receiver, even a second channel in this same tab, gets null in its place, and postMessage throws nothing.',
  'sm.teach.notify':
    'Writing is not telling: without Atomics.notify the worker sleeps on in Atomics.wait, and the message waits in the ring.',
} as const;

// 简体中文：类型保证每个键都有译文。
export const smZh: Record<keyof typeof smEn, string> = {
  'sm.sendTitle': '写入共享内存',
  'sm.sentNote': '已写入环形缓冲区；Worker 被唤醒，读出消息，并通过另一个环形缓冲区回复。',
  'sm.sentNoNotify': '已写入，但没有通知：Worker 仍在 Atomics.wait 中沉睡。',
  'sm.mailbox': '信箱 Worker',
  'sm.running': '运行中，两条消息之间阻塞在 Atomics.wait',
  'sm.stopped': '未运行',
  'sm.unread': '在环形缓冲区中等待',
  'sm.wakes': 'Worker 从 Atomics.wait 醒来的次数',
  'sm.pageWaits': '本页等待的方式',
  'sm.pageWaits.native': 'Atomics.waitAsync（从不阻塞）',
  'sm.pageWaits.polling': '每 20 毫秒轮询一次（这里没有 Atomics.waitAsync）',
  'sm.notifySwitch': '写入后调用 Atomics.notify',
  'sm.notifyOn': '开：每次写入都会立即唤醒沉睡的 Worker。',
  'sm.notifyOff': '关：消息写进去了，但 Worker 从不被唤醒；写满 8 条后环形缓冲区就满了。',
  'sm.notifyNow': '现在通知 Worker',
  'sm.mainWait': '在本页主线程上调用 Atomics.wait',
  'sm.mainWaitThrew': '浏览器拒绝了。{words}',
  'sm.mainWaitReturned': '它返回了 "{value}"：这个浏览器允许主线程阻塞。',
  'sm.failuresTitle': '故意出错',
  'sm.factsTitle': '本文档的隔离状态',
  'sm.fact.coi': 'crossOriginIsolated',
  'sm.fact.sab': 'SharedArrayBuffer 已定义',
  'sm.fact.secure': '安全上下文',
  'sm.fact.waitAsync': 'Atomics.waitAsync',
  'sm.yes': '是',
  'sm.no': '否',
  'sm.notIsolated':
    '本文档没有跨源隔离，所以 SharedArrayBuffer 没有定义。它需要 COOP same-origin 和 COEP require-corp，并且在安全的源上（localhost、127.0.0.1 或 https）。通过 http 访问的局域网地址不安全：请在 localhost 上打开本页。',
  'sm.whyOnly': '为什么只有这个页面是隔离的',
  'sm.break.opener':
    '弹出窗口会失去 window.opener：在 COOP same-origin 下，用别的策略打开的页面会进入自己的浏览上下文组，所以弹出窗口页面的就绪握手永远不会到达。',
  'sm.break.frames':
    '跨源框架需要 CORP：在 COEP require-corp 下，iframe 页面里来自第二个端口的框架会被拦截，除非它发送 Cross-Origin-Resource-Policy（或 CORS）。',
  'sm.break.sw':
    'Service Worker 像控制其他页面一样控制本页，但它如果用另一个源的、没有 CORP 的响应来回答请求，这里会拒绝。',
  'sm.break.nav':
    '进出本页的链接都会加载新文档：这些响应头只在文档加载时生效，所以你接下来去的页面不是隔离的。',
  'sm.countTitle': '两个 Worker，一个单元：丢失的更新',
  'sm.countHint':
    '两个 Worker 各自在 300 毫秒内不断给同一个 Int32 单元加 1，由一次 Atomics.notify 同时启动。每个 Worker 记下自己加了多少次；最后单元里的值说明丢了多少。',
  'sm.atomicSwitch': '使用 Atomics.add',
  'sm.runCount': '运行两个计数器',
  'sm.counting': '计数中…',
  'sm.countResults': '计数结果',
  'sm.noRuns': '还没有结果：运行两个计数器。',
  'sm.countFailed': '两个计数器没能启动：{message}',
  'sm.countWorkerFailed': '一个计数 Worker 出错了：{message}',
  'sm.countWorkerFailedBare': '一个计数 Worker 出错了，没有说明原因。',
  'sm.countTimedOut': '两个计数器 {seconds} 秒内没有报告结果：已停止。',
  'sm.col.how': '方式',
  'sm.col.added': '各线程加了',
  'sm.col.total': '单元的值',
  'sm.col.lost': '丢失',
  'sm.how.atomic': 'Atomics.add',
  'sm.how.plain': 'cell = cell + 1',
  'sm.tabsTitle': '把缓冲区发给其他标签页',
  'sm.tabsHint':
    'SharedArrayBuffer 只在一个代理集群内共享：本页和它的 Worker。在第二个标签页打开本页，然后通过 BroadcastChannel 发送这个缓冲区：每个接收方（包括本标签页里的第二个频道）都会说明它收到了什么。',
  'sm.share': '通过 BroadcastChannel 发送缓冲区',
  'sm.reports': '接收方的回报',
  'sm.outcome.received': '已收到',
  'sm.outcome.messageerror': 'messageerror',
  'sm.outcome.lost': '消息到了，缓冲区没到',
  'sm.outcome.threw': '抛出异常',
  'sm.noReports': '还没有。',
  'sm.teach.isolated':
    'SharedArrayBuffer 只存在于跨源隔离的文档中：只有这个路由带有 COOP same-origin 和 COEP require-corp，这里 crossOriginIsolated 为 true，其他页面都是 false。',
  'sm.teach.ring':
    '共享内存传的是字节，不是对象：页面把消息的 JSON 写进环形缓冲区，用 Atomics.store 发布，再用 Atomics.notify 唤醒 Worker。线程之间什么也没有复制。',
  'sm.teach.mainWait':
    'Atomics.wait 会阻塞线程，所以页面主线程不能调用它：会抛出 TypeError。页面改用返回 Promise 的 Atomics.waitAsync 等待。',
  'sm.teach.lost':
    '两个线程执行 cell = cell + 1 会丢失更新：两者读到同一个值，又都写回它加一。Atomics.add 把读、加、写变成一个不可分割的步骤。',
  'sm.teach.cluster':
    'SharedArrayBuffer 不能离开它的代理集群（页面和它的 Worker）：另一个标签页永远拿不到这块内存。Chromium 的 BroadcastChannel 根本不传递它：每个接收方，甚至本标签页里的第二个频道，收到的都是 null，而 postMessage 并不报错。',
  'sm.teach.notify':
    '写入不等于告知：没有 Atomics.notify，Worker 会一直在 Atomics.wait 中沉睡，消息留在环形缓冲区里。',
};

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof smEn, true> {}
}

registerMessages({ en: smEn, 'zh-CN': smZh });
