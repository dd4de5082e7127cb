import type { CommentMap } from '../../lib/code-comments';

// 代码面板的中文注释：键是 code.ts 里的英文注释。
export const comments: CommentMap = {
  "Signalling through the server's chat: a room of its own, each signal as a chat message.":
    '信令经由服务器的聊天通道：单独占一个房间，每条信令就是一条聊天消息。',
  ', …': '其余字段从略',
  'Signalling between tabs of this browser: any channel both can reach will do.':
    '信令在本浏览器的标签页之间传递：只要双方都能用上，哪个通道都行。',
  "No iceServers: host candidates are enough on one network. Across the internet add\n{ urls: 'stun:…' } to learn the public address, and a TURN server to relay behind strict NATs.":
    "不配 iceServers：在同一个网络里，主机候选地址就够了。跨越互联网时，要加上\n{ urls: 'stun:…' } 来得知公网地址；在严格的 NAT 之后，还需要 TURN 服务器来中继。",
  'one side must give way': '必须有一方让步',
  'an offer, made for the current state': '按当前状态生成一个 offer',
  'impolite: keep mine, drop theirs': '非礼貌方：保留自己的，丢弃对方的',
  'polite: rolls mine back implicitly': '礼貌方：隐式回滚自己的 offer',
  'No collision check: two offers at once leave each side with an answer it cannot apply.':
    '没有冲突检查：双方同时发 offer，各自最后都会拿到一个无法应用的 answer。',
  'Backpressure: never let the buffer grow without bound.': '背压：绝不能让缓冲区无限增长。',
};
