// Under the hood: the way a held fetch, an EventSource and a WebSocket travel in Chromium. All three
// leave the renderer for the network service over Mojo; the renderer never opens a socket itself.
import type { Hood } from '../../lib/hood-types';

const SERVICIFICATION = {
  label: 'Chromium, Servicification: the network service',
  url: 'https://chromium.googlesource.com/chromium/src/+/main/services/network/README.md',
};

export const hood: Hood = {
  summary: {
    en: 'The page asks; the network service (its own process on desktop Chromium) holds the connection to the server. A long poll is an ordinary URLLoader request that the server answers late; SSE is a URLLoader response that never ends; a WebSocket is its own Mojo channel.',
    'zh-CN':
      '页面发出请求；网络服务（在桌面版 Chromium 中是独立进程）持有到服务器的连接。长轮询是服务器迟迟才应答的普通 URLLoader 请求；SSE 是永不结束的 URLLoader 响应；WebSocket 则有自己的 Mojo 通道。',
  },
  places: [
    {
      id: 'page',
      kind: 'renderer-main',
      process: 'renderer',
      label: { en: 'The page (main thread)', 'zh-CN': '页面（主线程）' },
    },
    {
      id: 'network',
      kind: 'network',
      process: 'network',
      label: { en: 'Network service', 'zh-CN': '网络服务' },
    },
    {
      id: 'server',
      kind: 'server',
      process: 'node',
      label: { en: 'The Node server', 'zh-CN': 'Node 服务器' },
    },
  ],
  hops: [
    {
      from: 'page',
      to: 'network',
      carrier: 'network.mojom.URLLoaderFactory.CreateLoaderAndStart',
      note: {
        en: 'fetch() and EventSource both start a request through a URLLoaderFactory the browser process gave the renderer; the answer comes back on a URLLoaderClient pipe.',
        'zh-CN':
          'fetch() 和 EventSource 都通过浏览器进程交给渲染进程的 URLLoaderFactory 发起请求；应答经 URLLoaderClient 管道返回。',
      },
      source: {
        label: 'Chromium, url_loader_factory.mojom',
        url: 'https://source.chromium.org/chromium/chromium/src/+/main:services/network/public/mojom/url_loader_factory.mojom',
      },
    },
    {
      from: 'network',
      to: 'server',
      carrier: 'HTTP/1.1 (held request, or text/event-stream)',
      note: {
        en: 'The network service owns the socket pool: at most six HTTP/1.1 connections per host, shared by every tab of the profile, so held polls and streams use them up.',
        'zh-CN':
          '网络服务拥有套接字池：每个主机最多六个 HTTP/1.1 连接，由同一配置文件的所有标签页共享，所以挂起的轮询和流会把它们占满。',
      },
      source: SERVICIFICATION,
    },
    {
      from: 'page',
      to: 'network',
      carrier: 'network.mojom.WebSocket (via blink.mojom.WebSocketConnector)',
      note: {
        en: 'new WebSocket() asks the browser for a connector; the handshake and the frames then run in the network service.',
        'zh-CN': 'new WebSocket() 先向浏览器要一个连接器；握手和帧随后在网络服务中进行。',
      },
      source: {
        label: 'Chromium, the network service’s WebSocket factory',
        url: 'https://source.chromium.org/chromium/chromium/src/+/main:services/network/websocket_factory.cc',
      },
    },
    {
      from: 'server',
      to: 'network',
      carrier: 'HTTP response / SSE records / WebSocket frames',
      note: {
        en: 'Each event comes back the way it went. That the three arrive within a millisecond of each other on one machine, and differ mostly by the poll asked again, is what this page measures, not a documented fact.',
        'zh-CN':
          '每个事件沿原路返回。在一台机器上三者到达时间相差不到一毫秒、差别主要来自轮询的重新请求，这是本页测出来的，并非文档所述。',
      },
      inference: true,
    },
    {
      from: 'network',
      to: 'page',
      carrier: 'network.mojom.URLLoaderClient / WebSocketClient',
      note: {
        en: 'The body (or frame) reaches the renderer over a Mojo data pipe and the page’s task queue runs the handler.',
        'zh-CN': '响应体（或帧）经 Mojo 数据管道到达渲染进程，页面的任务队列运行处理函数。',
      },
      source: {
        label: 'Chromium, Mojo data pipes',
        url: 'https://chromium.googlesource.com/chromium/src/+/main/mojo/public/cpp/system/README.md#data-pipes',
      },
    },
  ],
};
