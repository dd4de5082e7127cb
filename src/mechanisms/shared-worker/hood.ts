import type { Hood } from '../../lib/hood-types';
import { both, CHROMIUM, DOCS } from '../../lib/hood-sources';

// The browser process keeps one SharedWorker per (URL, name, storage key) and hands each tab a
// MessagePort to it; after that, messages travel on the ports.
export const hood: Hood = {
  summary: both(
    'The browser process knows which SharedWorker each tab means and starts it once, in a renderer process. Each tab then holds one end of a MessagePort whose other end is in the worker: the hub relays between the ports it holds.',
    '浏览器进程知道每个标签页指的是哪个 SharedWorker，并只在某个渲染进程中启动它一次。之后每个标签页持有一个 MessagePort 的一端，另一端在 Worker 里：中转站在它持有的端口之间转发。',
  ),
  places: [
    {
      id: 'tabA',
      kind: 'renderer-main',
      process: 'renderer A',
      label: both('Tab A · main thread', '标签页 A · 主线程'),
    },
    {
      id: 'browser',
      kind: 'browser',
      process: 'browser',
      label: both('SharedWorkerServiceImpl', 'SharedWorkerServiceImpl'),
    },
    {
      id: 'hub',
      kind: 'shared-worker-thread',
      process: 'renderer C',
      label: both('SharedWorker hub · its thread', 'SharedWorker 中转站 · 自己的线程'),
    },
    {
      id: 'tabB',
      kind: 'renderer-main',
      process: 'renderer B',
      label: both('Tab B · main thread', '标签页 B · 主线程'),
    },
  ],
  hops: [
    {
      from: 'tabA',
      to: 'browser',
      carrier: 'blink.mojom.SharedWorkerConnector.Connect',
      note: both(
        'new SharedWorker(url, name) asks the browser for the one worker with that URL, name and storage key.',
        'new SharedWorker(url, name) 向浏览器请求具有该 URL、名称和存储键的那个唯一 Worker。',
      ),
      source: CHROMIUM.sharedWorkerConnectorMojom,
    },
    {
      from: 'browser',
      to: 'hub',
      carrier: 'blink.mojom.SharedWorkerFactory.CreateSharedWorker',
      note: both(
        'Only for the first tab: the browser starts the worker in a renderer process. Later tabs join the running one.',
        '仅对第一个标签页：浏览器在某个渲染进程中启动 Worker。之后的标签页加入已在运行的那个。',
      ),
      source: CHROMIUM.sharedWorkerFactoryMojom,
    },
    {
      from: 'browser',
      to: 'hub',
      carrier: 'blink.mojom.SharedWorker.Connect',
      note: both(
        'Each tab’s connection arrives as a connect event carrying one end of a MessagePort; the tab keeps the other end as worker.port.',
        '每个标签页的连接以 connect 事件到达，携带 MessagePort 的一端；标签页保留另一端作为 worker.port。',
      ),
      inference: true,
      source: CHROMIUM.sharedWorkerService,
    },
    {
      from: 'tabA',
      to: 'hub',
      carrier: 'MessagePort (Mojo message pipe)',
      note: both(
        'port.postMessage() then goes on the pipe to the worker, without the browser’s SharedWorker service.',
        '此后 port.postMessage() 沿管道发往 Worker，不再经过浏览器的 SharedWorker 服务。',
      ),
      inference: true,
      source: DOCS.mojo,
    },
    {
      from: 'hub',
      to: 'tabB',
      carrier: 'MessagePort (Mojo message pipe)',
      note: both(
        'The hub relays to every other port it holds. Nothing tells it when a tab has gone: a closed tab’s port just stays silent.',
        '中转站把消息转发给它持有的其他每个端口。标签页关闭时没有任何通知：关闭的标签页的端口只是沉默。',
      ),
      inference: true,
      source: CHROMIUM.messagePort,
    },
  ],
};
