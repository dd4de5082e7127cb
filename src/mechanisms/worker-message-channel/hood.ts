import type { Hood } from '../../lib/hood-types';
import { both, CHROMIUM } from '../../lib/hood-sources';

// A dedicated worker is a thread in the page's own renderer process: postMessage is a task posted
// across threads, with no IPC. A MessagePort is a Mojo message pipe, which also works in-process.
export const hood: Hood = {
  summary: both(
    'A dedicated worker is another thread of the same renderer process. Nothing leaves the process: no browser process, no IPC. A transferred ArrayBuffer moves its memory to the other thread instead of copying it.',
    '专用 Worker 是同一渲染进程中的另一个线程。什么都不离开进程：没有浏览器进程，也没有 IPC。被转移的 ArrayBuffer 把内存交给另一个线程，而不是复制。',
  ),
  places: [
    {
      id: 'page',
      kind: 'renderer-main',
      process: 'renderer A',
      label: both('Page · main thread', '页面 · 主线程'),
    },
    {
      id: 'worker',
      kind: 'renderer-worker',
      process: 'renderer A',
      label: both('Worker 1 · its thread', 'Worker 1 · 自己的线程'),
    },
    {
      id: 'worker2',
      kind: 'renderer-worker',
      process: 'renderer A',
      label: both('Worker 2 · its thread', 'Worker 2 · 自己的线程'),
    },
  ],
  hops: [
    {
      from: 'page',
      to: 'worker',
      carrier: 'DedicatedWorkerMessagingProxy::PostMessageToWorkerGlobalScope',
      note: both(
        'worker.postMessage() clones (or transfers) the value and posts a cross-thread task to the worker’s thread.',
        'worker.postMessage() 克隆（或转移）值，并向 Worker 线程投递一个跨线程任务。',
      ),
      source: CHROMIUM.dedicatedWorkerProxy,
    },
    {
      from: 'worker',
      to: 'page',
      carrier: 'DedicatedWorkerObjectProxy::PostMessageToWorkerObject',
      note: both(
        'self.postMessage() in the worker is the same in reverse: a task on the page’s main thread.',
        'Worker 中的 self.postMessage() 反向同理：主线程上的一个任务。',
      ),
      source: CHROMIUM.dedicatedWorkerObjectProxy,
    },
    {
      from: 'page',
      to: 'worker',
      carrier: 'MessagePort (Mojo message pipe)',
      note: both(
        'Transferring port2 hands one end of a Mojo message pipe to the worker; the page keeps or passes on the other.',
        '转移 port2 就是把 Mojo 消息管道的一端交给 Worker；页面保留或继续传递另一端。',
      ),
      source: CHROMIUM.messagePort,
    },
    {
      from: 'worker',
      to: 'worker2',
      carrier: 'MessagePort (Mojo message pipe)',
      note: both(
        'With both ends in workers, they talk over the pipe directly: the main thread is not on the way, even when it is busy.',
        '两端都在 Worker 里时，它们直接通过管道通信：主线程不在路径上，即使它很忙。',
      ),
      inference: true,
      source: CHROMIUM.messagePort,
    },
  ],
};
