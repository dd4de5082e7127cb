import type { Hood } from '../../lib/hood-types';
import { both, CHROMIUM } from '../../lib/hood-sources';

// window.postMessage takes two roads: a task in the same process, or a proxy frame that hands
// the message to the browser when the target frame lives in another process (Site Isolation).
export const hood: Hood = {
  summary: both(
    'A frame of the same site usually shares the parent’s renderer process; a frame of another site gets its own (Site Isolation). This app’s “cross-origin” frame is another port of the same host, so the same site: Chromium may keep it in the parent’s process.',
    '同站点的框架通常与父页面共用渲染进程；其他站点的框架有自己的进程（站点隔离）。本应用的“跨源”框架是同一主机的另一个端口，属于同一站点：Chromium 可能把它留在父页面的进程里。',
  ),
  places: [
    {
      id: 'parent',
      kind: 'renderer-main',
      process: 'renderer A',
      label: both('Parent page · main thread', '父页面 · 主线程'),
    },
    {
      id: 'same',
      kind: 'renderer-main',
      process: 'renderer A',
      label: both('Same-site frame', '同站点框架'),
    },
    {
      id: 'browser',
      kind: 'browser',
      process: 'browser',
      label: both('RenderFrameProxyHost', 'RenderFrameProxyHost'),
    },
    {
      id: 'other',
      kind: 'renderer-main',
      process: 'renderer B',
      label: both('Frame of another site', '其他站点的框架'),
    },
  ],
  hops: [
    {
      from: 'parent',
      to: 'same',
      carrier: 'LocalDOMWindow::SchedulePostMessage',
      note: both(
        'Same process: the clone is queued as a task on the frame’s event loop. No IPC at all.',
        '同一进程：克隆后作为任务排入框架的事件循环，完全不经过 IPC。',
      ),
      source: CHROMIUM.localDomWindow,
    },
    {
      from: 'parent',
      to: 'browser',
      carrier: 'blink.mojom.RemoteFrameHost.RouteMessageEvent',
      note: both(
        'In the parent’s process the other frame is only a RemoteFrame proxy; posting to it sends the message to the browser.',
        '在父页面的进程里，另一个框架只是 RemoteFrame 代理；向它发消息就是把消息交给浏览器。',
      ),
      source: CHROMIUM.remoteFrameMojom,
    },
    {
      from: 'browser',
      to: 'other',
      carrier: 'blink.mojom.LocalFrame.PostMessageEvent',
      note: both(
        'The browser finds the process that holds the real frame and delivers it there, where the message event fires.',
        '浏览器找到真正持有该框架的进程并投递过去，在那里触发 message 事件。',
      ),
      source: CHROMIUM.frameMojom,
    },
    {
      from: 'parent',
      to: 'other',
      carrier: 'MessagePort (Mojo message pipe)',
      note: both(
        'A transferred MessageChannel port is one end of a Mojo message pipe: after the hand-over, messages on it no longer follow the frame tree.',
        '转移过去的 MessageChannel 端口是 Mojo 消息管道的一端：交接之后，上面的消息不再经过框架树。',
      ),
      inference: true,
      source: CHROMIUM.messagePort,
    },
  ],
};
