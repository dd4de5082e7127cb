import type { rtcTexts } from './texts';

// 简体中文：每个键都要有译文，缺一个，类型检查就会失败。
export const texts: Record<keyof typeof rtcTexts, string> = {
  'rtc.title': 'WebRTC 数据通道',
  'rtc.summary':
    '两个标签页通过 RTCDataChannel 点对点直接对话：信令通道（这里是 BroadcastChannel，或服务器的 WebSocket）只负责让它们相识。',
};
