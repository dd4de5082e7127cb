import { registerMessages } from '../../i18n/dictionary';
import type { T } from '../../i18n/use-t';

// This page's own texts; titles, summaries and traits are core texts (src/i18n).
export const wmcEn = {
  'wmc.sendTitle': 'Talk to the worker',
  'wmc.workerState': 'Worker A',
  'wmc.runningOnce': 'running (started once)',
  'wmc.running': 'running (started {n} times)',
  'wmc.terminated': 'terminated',
  'wmc.sentNote': 'Posted to Worker A; it answers with an echo that names your message.',
  'wmc.sentToTerminated':
    'Posted to a terminated worker: postMessage threw nothing, and nothing will ever answer.',
  'wmc.terminate': 'Terminate the worker',
  'wmc.restart': 'Start a new worker',
  'wmc.failuresTitle': 'Make it fail',
  'wmc.sendFunction': 'Try to send a function',
  'wmc.sendNode': 'Try to send a DOM node',
  'wmc.cloneError':
    '{name}: the browser could not clone this value, so nothing was sent. ({message})',
  'wmc.transferTitle': 'Copy or transfer an ArrayBuffer',
  'wmc.transferHint':
    'A copy leaves this page its buffer and costs time in proportion to the size; a transfer moves the memory itself and leaves an empty, detached buffer behind.',
  'wmc.size': 'Size',
  'wmc.copy': 'Copy it',
  'wmc.transfer': 'Transfer it',
  'wmc.results': 'Buffers sent to the worker',
  'wmc.resultsNone': 'Nothing yet: copy or transfer a buffer to the worker.',
  'wmc.col.mode': 'How',
  'wmc.col.call': 'postMessage took',
  'wmc.col.got': 'Worker got',
  'wmc.col.left': 'Left in this page',
  'wmc.mode.copy': 'copied',
  'wmc.mode.transfer': 'transferred',
  'wmc.detached': 'detached (byteLength 0)',
  'wmc.portsTitle': 'Two workers, one MessageChannel',
  'wmc.linkHint':
    'The page creates a MessageChannel and transfers one port to each worker. Worker A then posts to Worker B directly; B tells the page what came through.',
  'wmc.link': 'Link Worker A and Worker B',
  'wmc.linked': 'Worker A and Worker B hold the two ends of one MessageChannel.',
  'wmc.portMessage': 'Port message',
  'wmc.viaPort': 'Send A → B over the port',
  'wmc.startTitle': 'A port that needs start()',
  'wmc.startHint':
    'A port listened to with addEventListener("message") keeps its messages queued until start() is called; setting onmessage starts it by itself.',
  'wmc.startSwitch': 'Call port.start() after addEventListener',
  'wmc.portDemo': 'Ask the worker for 3 messages on a new port',
  'wmc.portStatus': 'The worker posted {posted}; {received} arrived here.',
  'wmc.portWaiting': 'This port was never started: its messages wait in the queue.',
  'wmc.startNow': 'Call start() now',
  'wmc.needsWorker': 'Worker A is terminated: start a new worker first.',
  'wmc.teach.clone':
    'Every message is a structured clone: the worker gets a copy, never the object itself. A function or a DOM node throws DataCloneError before anything is sent.',
  'wmc.teach.transfer':
    'A transferred ArrayBuffer moves: the worker gets all of it and the page is left with byteLength 0. Its cost does not grow with the size.',
  'wmc.teach.ports':
    'A MessageChannel is a pipe with two ends. Whoever holds a port can talk to the other end, so two workers talk without the page.',
  'wmc.teach.start':
    'port.addEventListener("message") alone receives nothing: call port.start(). onmessage = … starts the port by itself.',
  'wmc.teach.terminate':
    'terminate() stops the worker at once. Posting to it afterwards throws nothing and nothing arrives: check the answer, not the call.',
} as const;

// 简体中文：类型保证每个键都有译文。
export const wmcZh: Record<keyof typeof wmcEn, string> = {
  'wmc.sendTitle': '和 Worker 对话',
  'wmc.workerState': 'Worker A',
  'wmc.runningOnce': '运行中（已启动 1 次）',
  'wmc.running': '运行中（已启动 {n} 次）',
  'wmc.terminated': '已终止',
  'wmc.sentNote': '已发给 Worker A；它会回一条注明你这条消息的回声。',
  'wmc.sentToTerminated': '发给了已终止的 Worker：postMessage 没有报错，但永远不会有回复。',
  'wmc.terminate': '终止 Worker',
  'wmc.restart': '启动新的 Worker',
  'wmc.failuresTitle': '故意出错',
  'wmc.sendFunction': '尝试发送一个函数',
  'wmc.sendNode': '尝试发送一个 DOM 节点',
  'wmc.cloneError': '{name}：浏览器无法克隆这个值，所以什么也没发出。（{message}）',
  'wmc.transferTitle': '复制还是转移 ArrayBuffer',
  'wmc.transferHint':
    '复制会给本页留下缓冲区，耗时随大小增长；转移则直接移交内存本身，留下一个空的、已分离的缓冲区。',
  'wmc.size': '大小',
  'wmc.copy': '复制',
  'wmc.transfer': '转移',
  'wmc.results': '发给 Worker 的缓冲区',
  'wmc.resultsNone': '还没有结果：把一个缓冲区复制或转移给 Worker。',
  'wmc.col.mode': '方式',
  'wmc.col.call': 'postMessage 耗时',
  'wmc.col.got': 'Worker 收到',
  'wmc.col.left': '本页剩下',
  'wmc.mode.copy': '复制',
  'wmc.mode.transfer': '转移',
  'wmc.detached': '已分离（byteLength 为 0）',
  'wmc.portsTitle': '两个 Worker，一个 MessageChannel',
  'wmc.linkHint':
    '页面创建一个 MessageChannel，把一个端口分别转移给每个 Worker。之后 Worker A 直接发给 Worker B；B 告诉页面它收到了什么。',
  'wmc.link': '连接 Worker A 和 Worker B',
  'wmc.linked': 'Worker A 和 Worker B 各持有同一个 MessageChannel 的一端。',
  'wmc.portMessage': '端口消息',
  'wmc.viaPort': '经端口从 A 发给 B',
  'wmc.startTitle': '需要 start() 的端口',
  'wmc.startHint':
    '用 addEventListener("message") 监听的端口会把消息留在队列里，直到调用 start()；设置 onmessage 则会自动启动端口。',
  'wmc.startSwitch': '在 addEventListener 之后调用 port.start()',
  'wmc.portDemo': '让 Worker 在新端口上发 3 条消息',
  'wmc.portStatus': 'Worker 发出 {posted} 条；这里收到 {received} 条。',
  'wmc.portWaiting': '这个端口从未启动：它的消息在队列里等待。',
  'wmc.startNow': '现在调用 start()',
  'wmc.needsWorker': 'Worker A 已终止：请先启动新的 Worker。',
  'wmc.teach.clone':
    '每条消息都是结构化克隆：Worker 收到的是副本，而不是对象本身。函数或 DOM 节点会在发送前抛出 DataCloneError。',
  'wmc.teach.transfer':
    '被转移的 ArrayBuffer 会整体移交：Worker 得到全部内容，页面剩下 byteLength 为 0。它的开销不随大小增长。',
  'wmc.teach.ports':
    'MessageChannel 是一条有两端的管道。谁持有端口，谁就能和另一端对话，所以两个 Worker 可以绕过页面直接通信。',
  'wmc.teach.start':
    '只调用 port.addEventListener("message") 收不到任何消息：要调用 port.start()。onmessage = … 会自动启动端口。',
  'wmc.teach.terminate':
    'terminate() 会立即停止 Worker。之后再发给它不会报错，也不会送达：要检查回复，而不是调用本身。',
};

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof wmcEn, true> {}
}

registerMessages({ en: wmcEn, 'zh-CN': wmcZh });

/**
 * "started once", "started 2 times": English has one form for 1 and another for the rest (CLDR's
 * plural rules, https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html);
 * Chinese has one form, "已启动 N 次", which both keys hold.
 */
export const runningText = (t: T, n: number) =>
  n === 1 ? t('wmc.runningOnce') : t('wmc.running', { n });
