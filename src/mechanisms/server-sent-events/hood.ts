import type { Hood } from '../../lib/hood-types';
import { both, CHROMIUM, DOCS } from '../../lib/hood-sources';

const spec = {
  label: 'HTML: server-sent events',
  url: 'https://html.spec.whatwg.org/multipage/server-sent-events.html',
};

// An EventSource is an ordinary fetch whose response never ends: the renderer loads it through
// the URLLoaderFactory the browser gave its frame, straight from the network service.
export const hood: Hood = {
  summary: both(
    'An EventSource is one HTTP request whose answer never ends. The renderer asks the network service for it directly, with a loader factory the browser handed the frame; the body streams back through a data pipe.',
    'EventSource 就是一个响应永不结束的 HTTP 请求。渲染进程用浏览器交给框架的加载器工厂，直接向网络服务发起请求；响应体经数据管道流回。',
  ),
  places: [
    {
      id: 'page',
      kind: 'renderer-main',
      process: 'renderer A',
      label: both('Tab · main thread', '标签页 · 主线程'),
    },
    {
      id: 'browser',
      kind: 'browser',
      process: 'browser',
      label: both('Browser process', '浏览器进程'),
    },
    {
      id: 'network',
      kind: 'network',
      process: 'network',
      label: both('URLLoader', 'URLLoader'),
    },
    {
      id: 'server',
      kind: 'server',
      process: 'node',
      label: both('Comms Lab server (/sse)', 'Comms Lab 服务器（/sse）'),
    },
  ],
  hops: [
    {
      from: 'browser',
      to: 'page',
      carrier: 'pending_remote<network.mojom.URLLoaderFactory>',
      note: both(
        'When the frame commits, the browser gives it a loader factory bound to the network service, with the frame’s origin and policies fixed in it.',
        '框架提交时，浏览器给它一个绑定到网络服务的加载器工厂，其中固定了框架的源和策略。',
      ),
      source: DOCS.networkService,
    },
    {
      from: 'page',
      to: 'network',
      carrier: 'network.mojom.URLLoaderFactory.CreateLoaderAndStart',
      note: both(
        'new EventSource(url) starts a GET with Accept: text/event-stream (and Last-Event-ID when it resumes).',
        'new EventSource(url) 发起带 Accept: text/event-stream 的 GET（恢复时带上 Last-Event-ID）。',
      ),
      source: CHROMIUM.urlLoaderFactoryMojom,
    },
    {
      from: 'network',
      to: 'server',
      carrier: 'HTTP/1.1 GET /sse',
      note: both(
        'One long response holds one connection: over HTTP/1.1 that is one of the six a browser opens per host.',
        '一个长响应占用一条连接：在 HTTP/1.1 下，这是浏览器对每个主机最多六条连接中的一条。',
      ),
      source: spec,
    },
    {
      from: 'server',
      to: 'network',
      carrier: 'text/event-stream',
      note: both(
        'The server writes each event (id, event, data, a blank line) as it happens, and a comment now and then as a heartbeat.',
        '服务器在事件发生时写出（id、event、data、空行），并不时写一行注释作为心跳。',
      ),
      source: spec,
    },
    {
      from: 'network',
      to: 'page',
      carrier: 'network.mojom.URLLoaderClient.OnReceiveResponse',
      note: both(
        'The response arrives with a data pipe; Blink’s EventSource reads it as it streams and splits it into events.',
        '响应附带一条数据管道；Blink 的 EventSource 边读边把它切分成事件。',
      ),
      source: CHROMIUM.eventSource,
    },
  ],
};
