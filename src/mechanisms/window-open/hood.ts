import type { Hood } from '../../lib/hood-types';
import { both, CHROMIUM, DOCS } from '../../lib/hood-sources';

// A popup is a new top-level frame that the browser process creates; messages to it then take
// the same roads as to a frame (a task in one process, or the browser between two).
export const hood: Hood = {
  summary: both(
    'Only the browser process can make a window. Afterwards the opener holds a reference to the popup: a local window in the same process, or a proxy when the popup lives in another.',
    '只有浏览器进程能创建窗口。之后打开者持有弹窗的引用：同一进程时是本地窗口，弹窗在另一个进程时是代理。',
  ),
  places: [
    {
      id: 'opener',
      kind: 'renderer-main',
      process: 'renderer A',
      label: both('Opener tab · main thread', '打开者标签页 · 主线程'),
    },
    {
      id: 'browser',
      kind: 'browser',
      process: 'browser',
      label: both('Browser process', '浏览器进程'),
    },
    {
      id: 'popup',
      kind: 'renderer-main',
      process: 'renderer B',
      label: both('Popup · main thread', '弹窗 · 主线程'),
    },
  ],
  hops: [
    {
      from: 'opener',
      to: 'browser',
      carrier: 'content.mojom.FrameHost.CreateNewWindow',
      note: both(
        'window.open() asks the browser for a new window; the popup blocker’s check (transient user activation) is made there.',
        'window.open() 请求浏览器创建新窗口；弹窗拦截检查（瞬时用户激活）在那里进行。',
      ),
      source: CHROMIUM.contentFrameMojom,
    },
    {
      from: 'opener',
      to: 'browser',
      carrier: 'blink.mojom.RemoteFrameHost.RouteMessageEvent',
      note: both(
        'When the popup runs in another process, the opener’s reference is a proxy and postMessage goes to the browser…',
        '当弹窗运行在另一个进程中时，打开者手里的引用是代理，postMessage 先交给浏览器……',
      ),
      source: CHROMIUM.remoteFrameMojom,
    },
    {
      from: 'browser',
      to: 'popup',
      carrier: 'blink.mojom.LocalFrame.PostMessageEvent',
      note: both(
        '…which delivers it to the popup’s process. A same-site popup may instead share the opener’s process, and the message is just a task there.',
        '……由它投递到弹窗的进程。同站点的弹窗也可能与打开者共用进程，此时消息只是其中的一个任务。',
      ),
      source: DOCS.processModel,
    },
    {
      from: 'popup',
      to: 'browser',
      carrier: 'window.opener → RouteMessageEvent',
      note: both(
        'Replies take the same road back through window.opener. With noopener the popup gets no opener at all, so there is no road back.',
        '回复经 window.opener 沿同一条路返回。使用 noopener 时弹窗根本拿不到 opener，也就没有回去的路。',
      ),
      inference: true,
      source: DOCS.siteIsolation,
    },
  ],
};
