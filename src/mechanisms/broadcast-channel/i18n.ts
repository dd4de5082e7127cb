import { registerMessages } from '../../i18n/dictionary';

// This page's own texts. They load with the page, not with the first visit; titles, summaries and
// traits stay in src/i18n (the navigation and the comparison table need them everywhere).
export const bcEn = {
  'bc.sendTitle': 'Send on a channel',
  'bc.channel': 'Channel',
  'bc.sentNoteOne':
    'Posted on #{channel}. {count} other tab on it will receive it; this tab will not: BroadcastChannel never delivers to the object that posted.',
  'bc.sentNote':
    'Posted on #{channel}. {count} other tabs on it will receive it; this tab will not: BroadcastChannel never delivers to the object that posted.',
  'bc.cloneError':
    '{name}: the browser could not clone this value, so nothing was sent. ({message})',
  'bc.closedError':
    '{name}: a closed channel cannot post. Closing stops both sending and receiving.',
  'bc.structuredTitle': 'Values JSON cannot carry',
  'bc.structuredHint':
    "Each button sends a value through structured clone; the other tab's log shows it arrived as the same type.",
  'bc.sample.date': 'Send a Date',
  'bc.sample.map': 'Send a Map',
  'bc.sample.set': 'Send a Set',
  'bc.sample.arrayBuffer': 'Send an ArrayBuffer',
  'bc.sample.blob': 'Send a Blob',
  'bc.sample.everything': 'Send all of them (with a cycle)',
  'bc.failuresTitle': 'Make it fail',
  'bc.sendFunction': 'Try to send a function',
  'bc.postOnClosed': 'Post on a closed channel',
  'bc.channelsTitle': 'Channels and who is on them',
  'bc.joined': 'Joined channels',
  'bc.noChannels': 'This tab is on no channel: it receives nothing.',
  'bc.channelName': 'Channel name',
  'bc.badChannelName': 'Use 1 to 64 letters, digits, dots, dashes, underscores or colons.',
  'bc.join': 'Join',
  'bc.leave': 'Leave',
  'bc.leaveNamed': 'Leave #{channel}',
  'bc.presenceOn': 'Tabs on #{channel}',
  'bc.thisTab': '(this tab)',
  'bc.alone': 'No other tab here yet. Open another tab to see it appear.',
  'bc.teach.noEcho':
    'The object that posts gets no copy of its message. Every other BroadcastChannel object of that name does, a second one in this same tab too (switch one on beside the send form).',
  'bc.teach.sameOrigin':
    'Only contexts of the same origin share a channel; another port or host is another world.',
  'bc.teach.clone':
    'Messages are structured clones: Date, Map, Set, ArrayBuffer and Blob survive; functions throw a DataCloneError.',
  'bc.teach.close':
    'Leaving calls close(): the channel stops receiving and posting on it throws InvalidStateError.',
} as const;

// 简体中文：类型保证每个键都有译文。
export const bcZh: Record<keyof typeof bcEn, string> = {
  'bc.sendTitle': '在频道上发送',
  'bc.channel': '频道',
  'bc.sentNoteOne':
    '已在 #{channel} 上发出。频道上其他 {count} 个标签页会收到；本标签页不会：BroadcastChannel 从不投递给发出消息的那个对象。',
  'bc.sentNote':
    '已在 #{channel} 上发出。频道上其他 {count} 个标签页会收到；本标签页不会：BroadcastChannel 从不投递给发出消息的那个对象。',
  'bc.cloneError': '{name}：浏览器无法克隆这个值，所以什么也没发出。（{message}）',
  'bc.closedError': '{name}：已关闭的频道不能再发送。关闭会同时停止发送和接收。',
  'bc.structuredTitle': 'JSON 无法携带的值',
  'bc.structuredHint':
    '每个按钮都通过结构化克隆发送一个值；另一个标签页的日志会显示它以相同类型到达。',
  'bc.sample.date': '发送 Date',
  'bc.sample.map': '发送 Map',
  'bc.sample.set': '发送 Set',
  'bc.sample.arrayBuffer': '发送 ArrayBuffer',
  'bc.sample.blob': '发送 Blob',
  'bc.sample.everything': '全部发送（含循环引用）',
  'bc.failuresTitle': '故意出错',
  'bc.sendFunction': '尝试发送一个函数',
  'bc.postOnClosed': '在已关闭的频道上发送',
  'bc.channelsTitle': '频道及其成员',
  'bc.joined': '已加入的频道',
  'bc.noChannels': '本标签页没有加入任何频道：什么也收不到。',
  'bc.channelName': '频道名',
  'bc.badChannelName': '请使用 1 到 64 个字母、数字、点、横线、下划线或冒号。',
  'bc.join': '加入',
  'bc.leave': '离开',
  'bc.leaveNamed': '离开 #{channel}',
  'bc.presenceOn': '#{channel} 上的标签页',
  'bc.thisTab': '（本标签页）',
  'bc.alone': '这里还没有其他标签页。再打开一个标签页，就会看到它出现。',
  'bc.teach.noEcho':
    '发出消息的那个对象收不到自己的消息。同名的其他每个 BroadcastChannel 对象都能收到，本标签页里的第二个对象也一样（在发送表单旁打开一个试试）。',
  'bc.teach.sameOrigin': '只有同源的上下文共享频道；换一个端口或主机就是另一个世界。',
  'bc.teach.clone':
    '消息是结构化克隆：Date、Map、Set、ArrayBuffer 和 Blob 都能完整送达；函数会抛出 DataCloneError。',
  'bc.teach.close': '离开会调用 close()：频道不再接收，再发送会抛出 InvalidStateError。',
};

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof bcEn, true> {}
}

registerMessages({ en: bcEn, 'zh-CN': bcZh });
