import type { Hood } from '../../lib/hood-types';
import { both, CHROMIUM, file } from '../../lib/hood-sources';

const webSocketMojom = file('services/network/public/mojom/websocket.mojom');
const connectorMojom = file('third_party/blink/public/mojom/websockets/websocket_connector.mojom');
const rfc6455 = {
  label: 'RFC 6455: WebSocket framing',
  url: 'https://www.rfc-editor.org/rfc/rfc6455#section-5',
};

// Since the network service was split out (Servicification), the renderer's WebSocket talks to
// the network service over its own Mojo pipe; the browser process only brokers the opening.
export const hood: Hood = {
  summary: both(
    'The socket is held by the network service, not the page. The browser process takes part only when the connection opens; afterwards frames go between the page and the network service. On desktop the network service is a process of its own.',
    '套接字由网络服务持有，而不是页面。浏览器进程只参与建立连接；之后数据帧在页面与网络服务之间直接往返。桌面版中网络服务是独立进程。',
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
      label: both('network::WebSocket', 'network::WebSocket'),
    },
    {
      id: 'server',
      kind: 'server',
      process: 'node',
      label: both('Comms Lab server (ws)', 'Comms Lab 服务器（ws）'),
    },
  ],
  hops: [
    {
      from: 'page',
      to: 'browser',
      carrier: 'blink.mojom.WebSocketConnector.Connect',
      note: both(
        'new WebSocket(url) asks the browser, which adds the frame’s origin and policies and asks the network service to connect.',
        'new WebSocket(url) 先请求浏览器，由它附上框架的源和策略，再让网络服务建立连接。',
      ),
      source: connectorMojom,
    },
    {
      from: 'browser',
      to: 'network',
      carrier: 'network.mojom.NetworkContext.CreateWebSocket',
      note: both(
        'The network service runs the HTTP upgrade handshake (the server checks Origin here).',
        '网络服务完成 HTTP 升级握手（服务器在此检查 Origin）。',
      ),
      inference: true,
      source: CHROMIUM.networkContextMojom,
    },
    {
      from: 'page',
      to: 'network',
      carrier: 'network.mojom.WebSocket.SendMessage',
      note: both(
        'After the handshake the page sends straight to the network service: SendMessage announces a message, its bytes flow through a Mojo data pipe.',
        '握手之后页面直接发给网络服务：SendMessage 宣告一条消息，字节经 Mojo 数据管道传送。',
      ),
      source: webSocketMojom,
    },
    {
      from: 'network',
      to: 'server',
      carrier: 'TCP · RFC 6455 frames',
      note: both(
        'The network service frames and masks it and writes it to the TCP socket.',
        '网络服务对消息分帧、加掩码，写入 TCP 套接字。',
      ),
      source: rfc6455,
    },
    {
      from: 'server',
      to: 'network',
      carrier: 'TCP · RFC 6455 frames',
      note: both(
        // The sender is skipped (mock-server/ws-chat/rooms.ts) and answered with an ack naming
        // how many it reached (messages.ts); websocket.spec proves it in two tabs.
        'This app’s server relays it to every other member of the room; the sender gets an ack saying how many it reached, not its own message.',
        '本应用的服务器把它转发给房间里的其他每个成员；发送者收到的是一个确认（ack），写明送达了几人，而不是自己的消息。',
      ),
      source: rfc6455,
    },
    {
      from: 'network',
      to: 'page',
      carrier: 'network.mojom.WebSocketClient.OnDataFrame',
      note: both(
        'Incoming frames reach the page on its WebSocketClient pipe, their bytes again through a data pipe.',
        '收到的数据帧经页面的 WebSocketClient 管道到达，字节同样走数据管道。',
      ),
      source: webSocketMojom,
    },
  ],
};
