import { registerMessages } from '../../i18n/dictionary';

export const raceEn = {
  'race.title': 'Race every mechanism',
  'race.lead':
    'The same messages over every mechanism that can run here, between this tab and the counterpart each one needs (a frame, a popup, the worker, the server). Every figure is a round trip. Warm-up round trips are discarded, lost messages are counted, and the clock is performance.timeOrigin + performance.now().',
  'race.messages': 'Round trips per payload size',
  'race.run': 'Run the race',
  'race.cancel': 'Cancel',
  'race.clear': 'Clear results',
  'race.progressLabel': 'Race progress',
  'race.progress': '{mechanism}: {step} ({done} of {total} mechanisms done)',
  'race.step.setup': 'setting up the counterpart',
  'race.step.handshake': 'waiting for the counterpart',
  'race.step.small': 'small messages',
  'race.step.1k': '1 KiB messages',
  'race.step.100k': '100 KiB messages',
  'race.step.throughput': 'throughput, 32 in flight',
  'race.done': 'Race finished in {seconds} s.',
  'race.cancelled': 'Race cancelled: the results so far are kept.',
  'race.hidden':
    'This tab was hidden during part of the run: browsers throttle hidden tabs, so those figures are pessimistic.',
  'race.popupNote':
    'The race opens one small popup (the window.open counterpart) and closes it when done. ServiceWorker, WebSocket and SSE need the Comms Lab server.',
  'race.chartTitle': 'Round trips',
  'race.chartSize': 'Payload size',
  'race.size.small': 'small (16 B)',
  'race.size.1k': '1 KiB',
  'race.size.100k': '100 KiB',
  'race.chartLabel': '{name}: median {median} ms, p95 {p95} ms, from {min} to {max} ms',
  'race.chartValue': '{median} / {p95} ms',
  'race.axisUnit': 'ms',
  'race.legend':
    'Bar: median to p95. Thin line: fastest to slowest. The scale is logarithmic: each step is ten times slower. Chromium rounds this clock to 0.1 ms in pages that are not cross-origin isolated, so a round trip under 0.1 ms reads as 0.',
  'race.noBar': '{name}: {reason}',
  'race.notRun': 'not run yet',
  'race.details': 'Every figure',
  'race.detailsTable': 'Race results, every size',
  'race.size': 'Size',
  'race.sent': 'Measured',
  'race.lost': 'Lost',
  'race.median': 'Median',
  'race.p95': 'p95',
  'race.max': 'Max',
  'race.counterpart': 'Counterpart',
  'race.columns': 'Columns to show',
} as const;

export const raceZh: Record<keyof typeof raceEn, string> = {
  'race.title': '让所有机制赛跑',
  'race.lead':
    '在本标签页和每种机制所需的对端（iframe、弹窗、Worker、服务器）之间，用每种能在这里运行的机制发送同样的消息。每个数字都是往返时间。预热的往返会被丢弃，丢失的消息会被计数，时钟是 performance.timeOrigin + performance.now()。',
  'race.messages': '每种负载大小的往返次数',
  'race.run': '开始竞速',
  'race.cancel': '取消',
  'race.clear': '清除结果',
  'race.progressLabel': '竞速进度',
  'race.progress': '{mechanism}：{step}（已完成 {done}/{total} 种机制）',
  'race.step.setup': '正在准备对端',
  'race.step.handshake': '正在等待对端',
  'race.step.small': '小消息',
  'race.step.1k': '1 KiB 消息',
  'race.step.100k': '100 KiB 消息',
  'race.step.throughput': '吞吐量，同时 32 条在途',
  'race.done': '竞速完成，用时 {seconds} 秒。',
  'race.cancelled': '竞速已取消：已有的结果会保留。',
  'race.hidden': '运行期间本标签页有一段时间被隐藏：浏览器会限制隐藏标签页，所以这些数字偏慢。',
  'race.popupNote':
    '竞速会打开一个小弹窗（window.open 的对端），结束后关闭它。ServiceWorker、WebSocket 和 SSE 需要 Comms Lab 服务器。',
  'race.chartTitle': '往返时间',
  'race.chartSize': '负载大小',
  'race.size.small': '小（16 B）',
  'race.size.1k': '1 KiB',
  'race.size.100k': '100 KiB',
  'race.chartLabel': '{name}：中位数 {median} 毫秒，p95 {p95} 毫秒，范围 {min} 到 {max} 毫秒',
  'race.chartValue': '{median} / {p95} 毫秒',
  'race.axisUnit': '毫秒',
  'race.legend':
    '粗条：中位数到 p95。细线：最快到最慢。刻度是对数的：每一格慢十倍。在没有跨源隔离的页面里，Chromium 会把这个时钟取整到 0.1 毫秒，所以低于 0.1 毫秒的往返显示为 0。',
  'race.noBar': '{name}：{reason}',
  'race.notRun': '尚未运行',
  'race.details': '全部数字',
  'race.detailsTable': '竞速结果，所有大小',
  'race.size': '大小',
  'race.sent': '测量次数',
  'race.lost': '丢失',
  'race.median': '中位数',
  'race.p95': 'p95',
  'race.max': '最大值',
  'race.counterpart': '对端',
  'race.columns': '要显示的列',
};

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof raceEn, true> {}
}

registerMessages({ en: raceEn, 'zh-CN': raceZh });
