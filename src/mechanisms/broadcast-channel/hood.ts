import type { Hood } from '../../lib/hood-types';
import { both, CHROMIUM, DOCS } from '../../lib/hood-sources';

// A BroadcastChannel message always goes through the browser process, even between two
// objects in one tab: BroadcastChannelService fans it out to every connection with the same
// name and storage key.
export const hood: Hood = {
  summary: both(
    'Each tab has its own renderer process (or shares one with a tab of its site). No renderer can reach another directly: the message goes to the browser process, which fans it out.',
    '每个标签页有自己的渲染进程（或与同站点的标签页共用一个）。渲染进程之间无法直接通信：消息先到浏览器进程，再由它分发出去。',
  ),
  places: [
    {
      id: 'sender',
      kind: 'renderer-main',
      process: 'renderer A',
      label: both('Tab A · main thread', '标签页 A · 主线程'),
    },
    {
      id: 'browser',
      kind: 'browser',
      process: 'browser',
      label: both('BroadcastChannelService', 'BroadcastChannelService'),
    },
    {
      id: 'receiver',
      kind: 'renderer-main',
      process: 'renderer B',
      label: both('Tab B · main thread', '标签页 B · 主线程'),
    },
  ],
  hops: [
    {
      from: 'sender',
      to: 'browser',
      carrier: 'blink.mojom.BroadcastChannelClient.OnMessage',
      note: both(
        'postMessage() clones the value once and sends it on the connection the channel opened with BroadcastChannelProvider.ConnectToChannel.',
        'postMessage() 将值结构化克隆一次，通过频道用 BroadcastChannelProvider.ConnectToChannel 建立的连接发出。',
      ),
      source: CHROMIUM.broadcastChannelMojom,
    },
    {
      from: 'browser',
      to: 'receiver',
      carrier: 'blink.mojom.BroadcastChannelClient.OnMessage',
      note: both(
        'The service finds every connection with the same name and storage key and forwards the message to each one except the sender’s own.',
        '服务找到同名且同存储键的所有连接，把消息转发给除发送者本身之外的每一个。',
      ),
      source: CHROMIUM.broadcastChannelService,
    },
    {
      from: 'browser',
      to: 'sender',
      carrier: 'blink.mojom.BroadcastChannelClient.OnMessage',
      note: both(
        'A second BroadcastChannel object in the sending tab is a connection of its own, so the message comes back to the tab’s process for it.',
        '发送标签页中的第二个 BroadcastChannel 对象是单独的连接，所以消息会回到该标签页的进程交给它。',
      ),
      inference: true,
      source: DOCS.mojo,
    },
  ],
};
