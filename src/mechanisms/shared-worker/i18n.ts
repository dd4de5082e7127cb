import { registerMessages } from '../../i18n/dictionary';

// This page's own texts; titles, summaries and traits are core texts (src/i18n).
export const shwEn = {
  'shw.sendTitle': 'Talk through the hub',
  'shw.sentNoteOne':
    'Posted to the hub, which relays it to the {count} other tab it holds a port for. This tab gets no copy.',
  'shw.sentNote':
    'Posted to the hub, which relays it to the {count} other tabs it holds a port for. This tab gets no copy.',
  'shw.hubTitle': 'The hub’s own state',
  'shw.hubHint':
    'This lives in the worker, not in the tab: every tab shows the same hub id, start time and count. When the last tab closes, the worker ends, and the next tab starts a new one.',
  'shw.hubId': 'Hub id',
  'shw.startedAt': 'Started at',
  'shw.relayed': 'Messages relayed',
  'shw.waiting': 'Waiting for the hub to answer…',
  'shw.portsList': 'Ports connected to the hub',
  'shw.thisTab': '(this tab)',
  'shw.goodbyeTitle': 'When a tab closes',
  'shw.goodbyeSwitch': 'Say goodbye when this tab closes',
  'shw.goodbyeOn':
    'On pagehide this tab tells the hub it is leaving: the others see it go at once.',
  'shw.goodbyeOff':
    'No goodbye: close this tab and the hub learns nothing, until its heartbeats have been missing for {seconds} s.',
  'shw.unsupported':
    'This browser has no SharedWorker. The “ServiceWorker relay” page (in the navigation) relays between tabs through a worker too, and the “BroadcastChannel” page needs no worker at all.',
  'shw.teach.one':
    'One worker for every tab of the origin that names the same script and name: each tab gets its own MessagePort to it.',
  'shw.teach.state':
    'The hub id and the count live in the one worker, not in the tabs: every tab asks the same worker, so every tab shows the same values.',
  'shw.teach.lifetime':
    'The worker lives while any tab holds a port, and ends when the last one closes.',
  'shw.teach.heartbeat':
    'No event tells the worker that a tab went away: a goodbye on pagehide, or silence after heartbeats, is all it gets.',
} as const;

// 简体中文：类型保证每个键都有译文。
export const shwZh: Record<keyof typeof shwEn, string> = {
  'shw.sendTitle': '通过中转站对话',
  'shw.sentNoteOne':
    '已发给中转站，它会转发给它持有端口的其他 {count} 个标签页。本标签页不会收到副本。',
  'shw.sentNote':
    '已发给中转站，它会转发给它持有端口的其他 {count} 个标签页。本标签页不会收到副本。',
  'shw.hubTitle': '中转站自己的状态',
  'shw.hubHint':
    '这些状态保存在 Worker 里，而不是标签页里：每个标签页都显示相同的中转站 ID、启动时间和计数。最后一个标签页关闭时，Worker 结束，下一个标签页会启动新的 Worker。',
  'shw.hubId': '中转站 ID',
  'shw.startedAt': '启动时间',
  'shw.relayed': '已转发消息',
  'shw.waiting': '正在等待中转站回应…',
  'shw.portsList': '连接到中转站的端口',
  'shw.thisTab': '（本标签页）',
  'shw.goodbyeTitle': '标签页关闭时',
  'shw.goodbyeSwitch': '关闭本标签页时道别',
  'shw.goodbyeOn': '在 pagehide 时本标签页会告诉中转站它要离开：其他标签页立刻看到它离开。',
  'shw.goodbyeOff': '不道别：关闭本标签页后中转站什么也不知道，直到它的心跳消失 {seconds} 秒。',
  'shw.unsupported':
    '这个浏览器没有 SharedWorker。导航中的“ServiceWorker 中转”页面同样通过 Worker 在标签页之间转发，而“BroadcastChannel”页面完全不需要 Worker。',
  'shw.teach.one':
    '同源中使用相同脚本和名称的所有标签页共用一个 Worker：每个标签页都有一个通往它的 MessagePort。',
  'shw.teach.state':
    '中转站 ID 和计数保存在唯一的 Worker 里，而不是标签页里：每个标签页问的都是同一个 Worker，所以显示的值都一样。',
  'shw.teach.lifetime': '只要还有标签页持有端口，Worker 就活着；最后一个标签页关闭时它就结束。',
  'shw.teach.heartbeat':
    '没有任何事件告诉 Worker 某个标签页已经离开：它只能靠 pagehide 时的道别，或心跳停止后的沉默。',
};

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof shwEn, true> {}
}

registerMessages({ en: shwEn, 'zh-CN': shwZh });
