// Under the hood: a data channel message never passes the browser process. The renderer runs the
// WebRTC stack (SCTP over DTLS over UDP, RFC 8261) on its own threads, and its sandbox has no
// sockets: it asks the network service for UDP sockets over Mojo (network.mojom.P2PSocketManager).
import type { Hood } from '../../lib/hood-types';

const CS = 'https://source.chromium.org/chromium/chromium/src/+/main:';
const P2P_MOJOM = {
  label: 'services/network/public/mojom/p2p.mojom',
  url: `${CS}services/network/public/mojom/p2p.mojom`,
};
const BLINK_CHANNEL = {
  label: 'blink/renderer/modules/peerconnection/rtc_data_channel.cc',
  url: `${CS}third_party/blink/renderer/modules/peerconnection/rtc_data_channel.cc`,
};

export const hood: Hood = {
  summary: {
    en: 'The message goes from tab A’s renderer straight to tab B’s: SCTP and DTLS run in each renderer, and the network service only moves UDP datagrams. The browser process set things up once (it lets the renderer reach a P2P socket manager) and is not on the message’s path. The signalling before it (BroadcastChannel or the WebSocket) took another way.',
    'zh-CN':
      '消息从标签页 A 的渲染进程直接到标签页 B 的：SCTP 和 DTLS 在各自的渲染进程里运行，网络服务只搬运 UDP 数据报。浏览器进程只在开始时参与一次（让渲染进程连上 P2P 套接字管理器），不在消息的路径上。之前的信令（BroadcastChannel 或 WebSocket）走的是另一条路。',
  },
  places: [
    {
      id: 'a-main',
      kind: 'renderer-main',
      process: 'renderer A',
      label: { en: 'Tab A, main thread', 'zh-CN': '标签页 A，主线程' },
    },
    {
      id: 'a-net',
      kind: 'renderer-worker',
      process: 'renderer A',
      label: {
        en: 'Tab A, WebRTC network thread (not a Worker)',
        'zh-CN': '标签页 A，WebRTC 网络线程（不是 Worker）',
      },
    },
    {
      id: 'browser',
      kind: 'browser',
      process: 'browser',
      label: { en: 'Browser process (setup only)', 'zh-CN': '浏览器进程（只负责建立）' },
    },
    {
      id: 'network',
      kind: 'network',
      process: 'network',
      label: { en: 'Network service: UDP sockets', 'zh-CN': '网络服务：UDP 套接字' },
    },
    {
      id: 'b-net',
      kind: 'renderer-worker',
      process: 'renderer B',
      label: {
        en: 'Tab B, WebRTC network thread (not a Worker)',
        'zh-CN': '标签页 B，WebRTC 网络线程（不是 Worker）',
      },
    },
    {
      id: 'b-main',
      kind: 'renderer-main',
      process: 'renderer B',
      label: { en: 'Tab B, main thread', 'zh-CN': '标签页 B，主线程' },
    },
  ],
  hops: [
    {
      from: 'a-main',
      to: 'browser',
      carrier: 'network.mojom.P2PSocketManager',
      note: {
        en: 'Once per renderer, not per message: the sandboxed renderer gets a P2PSocketManager bound to its network context, through the browser process.',
        'zh-CN':
          '每个渲染进程一次，而不是每条消息一次：受沙箱限制的渲染进程经由浏览器进程得到绑定到其网络上下文的 P2PSocketManager。',
      },
      inference: true,
      source: P2P_MOJOM,
    },
    {
      from: 'a-main',
      to: 'a-net',
      carrier: 'RTCDataChannel.send()',
      note: {
        en: 'Blink hands the bytes to the WebRTC stack, which frames them as SCTP (dcSCTP) inside DTLS on its own threads; bufferedAmount counts what waits here.',
        'zh-CN':
          'Blink 把字节交给 WebRTC 协议栈，它在自己的线程上把数据封装成 SCTP（dcSCTP），再放进 DTLS；bufferedAmount 统计的就是在这里等待的数据。',
      },
      source: BLINK_CHANNEL,
    },
    {
      from: 'a-net',
      to: 'network',
      carrier: 'network.mojom.P2PSocket.Send',
      note: {
        en: 'The encrypted datagram goes over Mojo to the network service, which owns the UDP socket.',
        'zh-CN': '加密后的数据报通过 Mojo 交给拥有 UDP 套接字的网络服务。',
      },
      source: P2P_MOJOM,
    },
    {
      from: 'network',
      to: 'network',
      carrier: 'UDP (loopback or the LAN)',
      note: {
        en: 'Sent to the address of the candidate pair ICE chose; between two tabs of one browser, one network service sends it to itself.',
        'zh-CN':
          '发往 ICE 选定的候选对的地址；同一个浏览器的两个标签页之间，是同一个网络服务发给自己。',
      },
      source: {
        label: 'services/network/p2p/socket_udp.cc',
        url: `${CS}services/network/p2p/socket_udp.cc`,
      },
    },
    {
      from: 'network',
      to: 'b-net',
      carrier: 'network.mojom.P2PSocketClient.DataReceived',
      note: {
        en: 'The network service passes the datagram up to tab B’s renderer, where DTLS is decrypted and SCTP reassembles the message.',
        'zh-CN': '网络服务把数据报交给标签页 B 的渲染进程，在那里解密 DTLS，并由 SCTP 重组消息。',
      },
      source: P2P_MOJOM,
    },
    {
      from: 'b-net',
      to: 'b-main',
      carrier: 'message event',
      note: {
        en: 'The whole message is posted to the main thread and fired as a message event on the RTCDataChannel.',
        'zh-CN': '完整的消息被投递到主线程，作为 RTCDataChannel 上的 message 事件触发。',
      },
      source: BLINK_CHANNEL,
    },
  ],
};
