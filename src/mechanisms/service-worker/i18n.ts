import { registerMessages } from '../../i18n/dictionary';

// This page's own texts. They load with the page, not with the first visit; titles, summaries and
// traits stay in src/i18n (the navigation and the comparison table need them everywhere).
export const swEn = {
  'sw.sendTitle': 'Relay through the worker',
  'sw.relayTo': 'Relay to',
  'sw.mode.all': 'every tab, this one too',
  'sw.mode.others': 'every other tab',
  'sw.mode.one': 'one chosen tab',
  'sw.target': 'Tab',
  'sw.chooseTab': 'Choose a tab',
  'sw.sentNote': 'Handed to the worker, which relays it to {mode}.',
  'sw.waitingNote':
    'This page is not controlled yet: the message waits, and goes out at controllerchange.',
  'sw.lifecycleTitle': "The worker's lifecycle",
  'sw.controlled': 'This page is controlled by worker v{version}.',
  'sw.uncontrolled': 'This page is not controlled yet.',
  'sw.uncontrolledWhy':
    'A worker does not control the page that registered it until it claims it. A reload also makes it controlled, but throws away the messages waiting here and fires no controllerchange.',
  'sw.queuedOne': '{count} message waiting for control.',
  'sw.queued': '{count} messages waiting for control.',
  'sw.slots': 'Worker slots',
  'sw.slot': 'Slot',
  'sw.version': 'Version',
  'sw.state': 'State',
  'sw.none': 'empty',
  // ServiceWorker.state's values: in English the value says it (lifecycle-panel.tsx).
  'sw.stateWord.parsed': 'parsed',
  'sw.stateWord.installing': 'installing',
  'sw.stateWord.installed': 'installed',
  'sw.stateWord.activating': 'activating',
  'sw.stateWord.activated': 'activated',
  'sw.stateWord.redundant': 'redundant',
  'sw.registered': 'Registered for scope "/".',
  'sw.notRegistered': 'Not registered.',
  'sw.registerFailed': 'Registration failed: {reason}',
  'sw.claim': 'Claim this page (clients.claim)',
  'sw.update': 'Update to version {version}',
  'sw.skipWaiting': 'Skip waiting',
  'sw.unregister': 'Unregister',
  'sw.register': 'Register again',
  'sw.counters': 'Worker counters',
  'sw.workerVersion': 'Worker answering',
  'sw.relayedSinceStart': 'Relayed since it started',
  'sw.startedAt': 'Started at',
  'sw.restartHint':
    'The counter lives in the worker\'s memory. When the browser stops an idle worker and starts it again, it begins at 0: relaying must not depend on it. This page asks the worker every 2 s, which keeps it awake: switch on "Let the worker go quiet" and wait about 30 s (the idle timeout of Chromium and Firefox), then send.',
  'sw.clientsTitle': 'Tabs the worker controls',
  'sw.clientsHint':
    'From clients.matchAll(), asked every two seconds. Names come from the messages each tab relayed.',
  'sw.noAnswer': 'No answer from a worker yet: this page is not controlled.',
  'sw.thisTab': '(this tab)',
  'sw.unknownTab': 'a tab that has not spoken yet',
  'sw.focused': 'focused',
  'sw.unavailable':
    'ServiceWorkers need a secure context (https, or http on localhost, *.localhost or 127.0.0.1) and a browser that has them. Opened from a LAN address over plain http, this page cannot run (dedicated and shared workers still can: only ServiceWorkers need a secure context).',
  'sw.tryBroadcast': 'BroadcastChannel does the same between tabs without a worker.',
  'sw.teach.control':
    'A page that loads while a worker is active is controlled at once, without claim(). Only the page that registered the worker starts uncontrolled, until claim() or a reload.',
  'sw.teach.waiting':
    'A new version installs beside the old one and waits until every tab lets go, unless it calls skipWaiting().',
  'sw.teach.echo':
    'Relaying to "every tab" includes the sender: unlike BroadcastChannel, the worker decides who hears what.',
  'sw.teach.memory': 'The browser stops idle workers: keep nothing important in their memory.',
  'sw.teach.secure':
    'ServiceWorkers need a secure context: https, or http on localhost, *.localhost or 127.0.0.1. Dedicated and shared workers run on plain http too.',
} as const;

// 简体中文：类型保证每个键都有译文。
export const swZh: Record<keyof typeof swEn, string> = {
  'sw.sendTitle': '通过 Worker 转发',
  'sw.relayTo': '转发给',
  'sw.mode.all': '所有标签页，包括本页',
  'sw.mode.others': '其他所有标签页',
  'sw.mode.one': '指定的一个标签页',
  'sw.target': '标签页',
  'sw.chooseTab': '选择一个标签页',
  'sw.sentNote': '已交给 Worker，由它转发给{mode}。',
  'sw.waitingNote': '本页尚未受控：消息先等待，在 controllerchange 时发出。',
  'sw.lifecycleTitle': 'Worker 的生命周期',
  'sw.controlled': '本页由 Worker v{version} 控制。',
  'sw.uncontrolled': '本页还未受控。',
  'sw.uncontrolledWhy':
    'Worker 不会控制注册它的页面，除非它认领（claim）该页面。重新加载也能让页面受控，但会丢掉这里等待的消息，也不会触发 controllerchange。',
  'sw.queuedOne': '{count} 条消息在等待受控。',
  'sw.queued': '{count} 条消息在等待受控。',
  'sw.slots': 'Worker 槽位',
  'sw.slot': '槽位',
  'sw.version': '版本',
  'sw.state': '状态',
  'sw.none': '空',
  'sw.stateWord.parsed': '已解析',
  'sw.stateWord.installing': '正在安装',
  'sw.stateWord.installed': '已安装',
  'sw.stateWord.activating': '正在激活',
  'sw.stateWord.activated': '已激活',
  'sw.stateWord.redundant': '已作废',
  'sw.registered': '已为作用域 "/" 注册。',
  'sw.notRegistered': '未注册。',
  'sw.registerFailed': '注册失败：{reason}',
  'sw.claim': '认领本页（clients.claim）',
  'sw.update': '更新到版本 {version}',
  'sw.skipWaiting': '跳过等待',
  'sw.unregister': '注销',
  'sw.register': '重新注册',
  'sw.counters': 'Worker 计数',
  'sw.workerVersion': '应答的 Worker',
  'sw.relayedSinceStart': '启动以来转发的条数',
  'sw.startedAt': '启动时间',
  'sw.restartHint':
    '这个计数保存在 Worker 的内存里。浏览器停止空闲的 Worker 再重新启动时，它会从 0 开始：转发不能依赖它。本页每 2 秒询问一次 Worker，这会让它一直醒着：打开“让 Worker 安静下来”，等大约 30 秒（Chromium 和 Firefox 的空闲超时），再发送。',
  'sw.clientsTitle': 'Worker 控制的标签页',
  'sw.clientsHint': '来自 clients.matchAll()，每两秒询问一次。名字取自各标签页转发过的消息。',
  'sw.noAnswer': '还没有 Worker 应答：本页尚未受控。',
  'sw.thisTab': '（本标签页）',
  'sw.unknownTab': '尚未发言的标签页',
  'sw.focused': '已聚焦',
  'sw.unavailable':
    'ServiceWorker 需要安全上下文（https，或 localhost、*.localhost、127.0.0.1 上的 http）以及支持它的浏览器。通过局域网地址以普通 http 打开时，本页无法运行（专用 Worker 和共享 Worker 仍然可以：只有 ServiceWorker 需要安全上下文）。',
  'sw.tryBroadcast': 'BroadcastChannel 不需要 Worker 也能在标签页之间做到同样的事。',
  'sw.teach.control':
    '在已有活动 Worker 时加载的页面会立即受控，不需要 claim()。只有注册 Worker 的那个页面起初不受控，直到 claim() 或重新加载。',
  'sw.teach.waiting':
    '新版本会安装在旧版本旁边，并一直等到所有标签页都放手，除非它调用 skipWaiting()。',
  'sw.teach.echo':
    '转发给“所有标签页”会包括发送方：与 BroadcastChannel 不同，由 Worker 决定谁能收到。',
  'sw.teach.memory': '浏览器会停止空闲的 Worker：不要在它的内存里保存重要的东西。',
  'sw.teach.secure':
    'ServiceWorker 需要安全上下文：https，或 localhost、*.localhost、127.0.0.1 上的 http。专用 Worker 和共享 Worker 在普通 http 上也能运行。',
};

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof swEn, true> {}
}

registerMessages({ en: swEn, 'zh-CN': swZh });
