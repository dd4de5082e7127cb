import type { Hood } from '../../lib/hood-types';
import { both, CHROMIUM, SPEC } from '../../lib/hood-sources';

// The lock queue lives in the browser process (one LockManager per storage key); the leader's
// feed is an ordinary EventSource, and the relay an ordinary BroadcastChannel.
export const hood: Hood = {
  summary: both(
    'Three mechanisms in one: the lock queue is kept by the browser process, the leader’s feed comes from the network service, and the relay to the other tabs goes through the browser’s BroadcastChannel service.',
    '三种机制合而为一：锁队列由浏览器进程维护，领导者的事件流来自网络服务，转发给其他标签页则经过浏览器的 BroadcastChannel 服务。',
  ),
  places: [
    {
      id: 'leader',
      kind: 'renderer-main',
      process: 'renderer A',
      label: both('Leader tab · main thread', '领导者标签页 · 主线程'),
    },
    {
      id: 'browser',
      kind: 'browser',
      process: 'browser',
      label: both('LockManager · BroadcastChannelService', 'LockManager · BroadcastChannelService'),
    },
    {
      id: 'follower',
      kind: 'renderer-main',
      process: 'renderer B',
      label: both('Follower tab · main thread', '跟随者标签页 · 主线程'),
    },
    { id: 'network', kind: 'network', process: 'network', label: both('URLLoader', 'URLLoader') },
    {
      id: 'server',
      kind: 'server',
      process: 'node',
      label: both('Comms Lab server (/sse)', 'Comms Lab 服务器（/sse）'),
    },
  ],
  hops: [
    {
      from: 'leader',
      to: 'browser',
      carrier: 'blink.mojom.LockManager.RequestLock',
      note: both(
        'Every tab requests the same lock name; the browser keeps the queue per storage key (locks.query() reads it).',
        '每个标签页请求同一个锁名；浏览器按存储键维护队列（locks.query() 读取它）。',
      ),
      source: CHROMIUM.lockManagerMojom,
    },
    {
      from: 'browser',
      to: 'leader',
      carrier: 'blink.mojom.LockRequest.Granted',
      note: both(
        'The first in line gets a LockHandle and is the leader while it holds it.',
        '排在最前的标签页拿到 LockHandle，持有期间就是领导者。',
      ),
      source: CHROMIUM.lockManagerMojom,
    },
    {
      from: 'leader',
      to: 'network',
      carrier: 'network.mojom.URLLoaderFactory.CreateLoaderAndStart',
      note: both(
        'Only the leader opens the EventSource: one connection to the server for all tabs.',
        '只有领导者打开 EventSource：所有标签页共用一条到服务器的连接。',
      ),
      source: CHROMIUM.urlLoaderFactoryMojom,
    },
    {
      from: 'server',
      to: 'network',
      carrier: 'text/event-stream',
      note: both('Events with ids, as on the SSE page.', '带 id 的事件，与 SSE 页面相同。'),
      source: SPEC.eventSource,
    },
    {
      from: 'network',
      to: 'leader',
      carrier: 'network.mojom.URLLoaderClient.OnReceiveResponse',
      note: both(
        'The body streams to the leader through a data pipe.',
        '响应体经数据管道流向领导者。',
      ),
      source: CHROMIUM.urlLoaderMojom,
    },
    {
      from: 'leader',
      to: 'browser',
      carrier: 'blink.mojom.BroadcastChannelClient.OnMessage',
      note: both(
        'The leader relays each event on a BroadcastChannel…',
        '领导者把每个事件通过 BroadcastChannel 转发……',
      ),
      source: CHROMIUM.broadcastChannelMojom,
    },
    {
      from: 'browser',
      to: 'follower',
      carrier: 'blink.mojom.BroadcastChannelClient.OnMessage',
      note: both('…and the browser fans it out to the followers.', '……浏览器再把它分发给跟随者。'),
      source: CHROMIUM.broadcastChannelService,
    },
    {
      from: 'browser',
      to: 'follower',
      carrier: 'blink.mojom.LockRequest.Granted',
      note: both(
        'When the leader’s tab closes, its LockHandle pipe closes with it; the browser releases the lock and grants it to the next tab, which resumes the feed with Last-Event-ID.',
        '领导者标签页关闭时，其 LockHandle 管道随之关闭；浏览器释放锁并授予下一个标签页，它用 Last-Event-ID 恢复事件流。',
      ),
      source: CHROMIUM.lockManager,
    },
  ],
};
