// Under the hood: the page and its worker are two threads of one renderer process, and the
// buffer is memory both map. A message crosses no process and no IPC; only the wake-ups go
// through V8 (a futex-like wait list). The parts not read in Chromium's code are marked inference.
import type { Hood } from '../../lib/hood-types';

const CS = 'https://source.chromium.org/chromium/chromium/src/+/main:';

export const hood: Hood = {
  summary: {
    en: 'One renderer process, two threads, one block of memory. Writes are plain memory stores; Atomics orders them, and Atomics.wait / notify put a thread to sleep and wake it. No message is copied, and nothing passes through the browser process.',
    'zh-CN':
      '一个渲染进程，两个线程，一块内存。写入就是普通的内存存储；Atomics 保证顺序，Atomics.wait / notify 让线程睡眠和醒来。没有消息被复制，也不经过浏览器进程。',
  },
  places: [
    {
      id: 'page',
      kind: 'renderer-main',
      label: { en: 'This page (main thread)', 'zh-CN': '本页（主线程）' },
      process: 'renderer',
    },
    {
      id: 'worker',
      kind: 'renderer-worker',
      label: { en: 'Mailbox worker (its own thread)', 'zh-CN': '信箱 Worker（自己的线程）' },
      process: 'renderer',
    },
  ],
  hops: [
    {
      from: 'page',
      to: 'worker',
      carrier: 'postMessage(SharedArrayBuffer)',
      note: {
        en: 'Once, at start: the buffer is serialized as a reference to the same shared data block, not copied.',
        'zh-CN': '只在开始时一次：缓冲区被序列化为指向同一个共享数据块的引用，而不是复制。',
      },
      source: {
        label: 'HTML Standard, StructuredSerializeInternal (SharedArrayBuffer)',
        url: 'https://html.spec.whatwg.org/multipage/structured-data.html#structuredserializeinternal',
      },
    },
    {
      from: 'page',
      to: 'worker',
      carrier: 'Atomics.store + Atomics.notify',
      note: {
        en: 'A store into memory both threads map (V8 BackingStore, shared), then a wake-up of the thread waiting on that address. The worker is a thread of the same renderer process, so no IPC is involved.',
        'zh-CN':
          '写入两个线程都映射的内存（V8 的共享 BackingStore），然后唤醒在这个地址上等待的线程。Worker 是同一个渲染进程里的线程，所以不涉及 IPC。',
      },
      inference: true,
      source: { label: 'V8 backing-store.h', url: `${CS}v8/src/objects/backing-store.h` },
    },
    {
      from: 'worker',
      to: 'worker',
      carrier: 'Atomics.wait',
      note: {
        en: 'The worker thread sleeps in V8’s wait list for that address until notified; a main thread may not (it throws).',
        'zh-CN':
          'Worker 线程在 V8 针对该地址的等待列表里睡眠，直到被通知；主线程不允许这样做（会抛出异常）。',
      },
      source: { label: 'V8 futex-emulation.cc', url: `${CS}v8/src/execution/futex-emulation.cc` },
    },
    {
      from: 'worker',
      to: 'page',
      carrier: 'Atomics.notify → Atomics.waitAsync',
      note: {
        en: 'The answer is written into the other ring; the page’s waitAsync promise resolves on its own event loop, so the page never blocks.',
        'zh-CN':
          '回复写入另一个环形缓冲区；页面的 waitAsync Promise 在它自己的事件循环里兑现，所以页面从不阻塞。',
      },
      source: {
        label: 'TC39 proposal, Atomics.waitAsync',
        url: 'https://github.com/tc39/proposal-atomics-wait-async',
      },
    },
    {
      from: 'page',
      to: 'worker',
      carrier: 'DedicatedWorkerThread',
      note: {
        en: 'Blink runs a dedicated worker on a thread of the renderer process that created it.',
        'zh-CN': 'Blink 在创建它的渲染进程中的一个线程上运行专用 Worker。',
      },
      source: {
        label: 'Blink dedicated_worker_thread.h',
        url: `${CS}third_party/blink/renderer/core/workers/dedicated_worker_thread.h`,
      },
    },
  ],
};
