import type { CommentMap } from '../../lib/code-comments';

// 代码面板的中文注释：键是 code.ts 里的英文注释。
export const comments: CommentMap = {
  'Served with these headers (this route only), on localhost or https:\n  Cross-Origin-Opener-Policy: same-origin\n  Cross-Origin-Embedder-Policy: require-corp':
    '这个页面（仅此路由）要带着下面两个响应头，经由 localhost 或 https 提供：\n  Cross-Origin-Opener-Policy: same-origin\n  Cross-Origin-Embedder-Policy: require-corp',
  'true: SharedArrayBuffer is defined': 'true：SharedArrayBuffer 可以使用',
  'page.js: one block of memory, shared (not copied) with the worker.':
    'page.js：一块内存，与 Worker 共享（不是复制）。',
  'no transfer list: both sides keep it': '没有转移列表：两边都持有它',
  'plain stores into the slot': '用普通写入把字节写进槽位',
  'publishes it: seen after the bytes': '发布：对方看到新计数时，字节一定已经可见',
  'wakes the sleeping worker': '唤醒正在睡眠的 Worker',
  'Atomics.notify(cells, WRITE) is missing: the worker sleeps on, the message waits':
    '少了 Atomics.notify(cells, WRITE)：Worker 继续睡，消息只能干等',
  'Atomics.wait(cells, 0, 0) here throws TypeError: a main thread may not block.':
    '在这里调用 Atomics.wait(cells, 0, 0) 会抛出 TypeError：主线程不允许阻塞。',
  'a promise instead': '改用返回 Promise 的版本',
  'mailbox.js (the worker): blocking is allowed here.': 'mailbox.js（Worker 里）：这里允许阻塞。',
  'sleep until notified': '睡眠，直到被唤醒',
  'Two workers adding to one cell:': '两个 Worker 往同一个单元上累加：',
  'one indivisible read-add-write: nothing lost': '一次不可分割的“读-加-写”：一次也不会丢',
  'read, add, write: the other thread’s write in between is lost':
    '先读、再加、再写：另一个线程夹在中间的写入会丢失',
  "Another tab is another agent cluster: it never gets the memory. (Chromium's BroadcastChannel\ndelivers null in the buffer's place to every receiver, even in this tab; no error is thrown.)":
    '另一个标签页属于另一个代理集群（agent cluster）：它永远拿不到这块内存。（Chromium 的\nBroadcastChannel 会在缓冲区的位置给每个接收方送去 null，本标签页也一样；不会抛出错误。）',
};
