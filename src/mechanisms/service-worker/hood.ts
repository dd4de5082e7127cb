import type { Hood } from '../../lib/hood-types';
import { both, CHROMIUM, DOCS } from '../../lib/hood-sources';

// The page never talks to its service worker directly: the browser process owns the worker's
// registration and version, starts it when needed, and routes messages both ways.
export const hood: Hood = {
  summary: both(
    'The service worker runs on a worker thread in a renderer process (often one that already hosts a page of its site). The browser process owns it: it starts and stops it and carries every message to and from it.',
    'Service Worker 运行在某个渲染进程的工作线程上（常常是已承载其站点页面的进程）。浏览器进程拥有它：负责启动、停止它，并转交进出它的每条消息。',
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
      label: both('ServiceWorkerObjectHost', 'ServiceWorkerObjectHost'),
    },
    {
      id: 'sw',
      kind: 'service-worker-thread',
      process: 'renderer C',
      label: both('Service worker thread', 'Service Worker 线程'),
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
      carrier: 'blink.mojom.ServiceWorkerObjectHost.PostMessageToServiceWorker',
      note: both(
        'controller.postMessage() goes to the browser’s host object for that worker version, which starts the worker if it has stopped.',
        'controller.postMessage() 发给浏览器中该 Worker 版本的宿主对象；Worker 已停止时由它重新启动。',
      ),
      source: CHROMIUM.serviceWorkerObjectMojom,
    },
    {
      from: 'browser',
      to: 'sw',
      carrier: 'blink.mojom.ServiceWorker.DispatchExtendableMessageEvent',
      note: both(
        'The worker gets an ExtendableMessageEvent on its own thread; waitUntil() keeps it alive while it relays.',
        'Worker 在自己的线程上收到 ExtendableMessageEvent；转发期间 waitUntil() 让它保持存活。',
      ),
      source: CHROMIUM.serviceWorkerMojom,
    },
    {
      from: 'sw',
      to: 'browser',
      carrier: 'blink.mojom.ServiceWorkerHost.GetClients',
      note: both(
        'clients.matchAll() asks the browser which windows of its scope exist; only the browser knows every tab.',
        'clients.matchAll() 向浏览器询问其作用域内有哪些窗口；只有浏览器知道所有标签页。',
      ),
      source: CHROMIUM.serviceWorkerMojom,
    },
    {
      from: 'sw',
      to: 'browser',
      carrier: 'blink.mojom.ServiceWorkerHost.PostMessageToClient',
      note: both(
        'client.postMessage() for each tab goes back to the browser with that client’s id.',
        '对每个标签页调用 client.postMessage()，消息带着该客户端的 id 回到浏览器。',
      ),
      source: CHROMIUM.serviceWorkerMojom,
    },
    {
      from: 'browser',
      to: 'tabB',
      carrier: 'blink.mojom.ServiceWorkerContainer.PostMessageToClient',
      note: both(
        'The tab’s navigator.serviceWorker fires message. A tab the worker does not control is still a client it can reach.',
        '标签页的 navigator.serviceWorker 触发 message 事件。未被该 Worker 控制的标签页依然是它能找到的客户端。',
      ),
      source: CHROMIUM.serviceWorkerContainerMojom,
    },
    {
      from: 'sw',
      to: 'sw',
      carrier: 'EmbeddedWorker (start / stop)',
      note: both(
        'Idle for about 30 seconds, the worker is stopped and its globals are lost; the next message starts a fresh one.',
        '空闲约 30 秒后 Worker 被停止，全局变量丢失；下一条消息会启动一个新的。',
      ),
      inference: true,
      source: DOCS.multiProcess,
    },
  ],
};
