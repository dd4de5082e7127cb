// Why a message may not arrive: the known reasons a class meets. Loaded when a sent entry is opened.
export const reasons = {
  en: [
    'The data channel was not open yet: the two tabs had not finished offer, answer and ICE.',
    'The channel is unordered with maxRetransmits 0: a lost packet is never sent again (rare on one machine, common on Wi-Fi).',
    'This tab is paired with another tab: each tab holds one data channel, to one partner.',
    'Across networks without STUN, or behind a strict NAT without TURN, ICE finds no working pair and the connection fails.',
  ],
  'zh-CN': [
    '数据通道还没有打开：两个标签页还没有完成 offer、answer 和 ICE。',
    '通道是无序的且 maxRetransmits 为 0：丢失的数据包不会重发（同一台机器上很少见，Wi-Fi 上很常见）。',
    '本标签页与另一个标签页配对：每个标签页只有一个数据通道，通往一个伙伴。',
    '跨网络时没有 STUN，或在严格的 NAT 之后没有 TURN，ICE 找不到可用的候选对，连接失败。',
  ],
};
