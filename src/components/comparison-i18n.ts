import { registerMessages } from '../i18n/dictionary';

// The compare page's and the comparison table's texts load with them, not on the first visit.
export const comparisonEn = {
  'compare.title': 'Compare the mechanisms',
  'compare.lead':
    'What each mechanism can reach, carry and promise, from the metadata of each page. Follow a name to see it work.',
  'compare.table': 'Comparison table',
  'compare.moreColumns': 'The table scrolls sideways: more columns beyond its edge ↔',
  'compare.caption': 'Traits of each mechanism',
  'compare.mechanism': 'Mechanism',
  'compare.col.roundTrip': 'Round trip, 1 KiB (ms)',
  'compare.col.throughput': 'Throughput',
  'compare.col.largest': 'Largest payload delivered',
  // A no-break space: "Round / trip" on two lines left "(ms)" a third.
  'compare.short.roundTrip': 'Round\u00a0trip (ms)',
  'compare.short.largest': 'Largest',
  'compare.short.needsServer': 'Server',
  'compare.notMeasured': 'not measured yet: run the race',
  'compare.cannotRun': 'cannot run here: {reason}',
  'compare.rtValue': 'median {median} · p95 {p95} · {lost} lost',
  'compare.tpValue': '{rate} msg/s · {lost} lost',
  'compare.tpLimited': 'limited by the server (20 msg/s per connection)',
} as const;

export const comparisonZh: Record<keyof typeof comparisonEn, string> = {
  'compare.title': '机制对比',
  'compare.lead':
    '每种机制能到达哪里、能携带什么、保证什么，取自各页面的元数据。点名称即可看它运行。',
  'compare.table': '对比表',
  'compare.moreColumns': '表格可横向滚动：边缘之外还有更多列 ↔',
  'compare.caption': '各机制的特性',
  'compare.mechanism': '机制',
  'compare.col.roundTrip': '往返，1 KiB（毫秒）',
  'compare.col.throughput': '吞吐量',
  'compare.col.largest': '成功通过的最大负载',
  'compare.short.roundTrip': '往返（毫秒）',
  'compare.short.largest': '最大负载',
  'compare.short.needsServer': '服务器',
  'compare.notMeasured': '尚未测量：运行竞速',
  'compare.cannotRun': '此处无法运行：{reason}',
  'compare.rtValue': '中位数 {median} · p95 {p95} · 丢失 {lost}',
  'compare.tpValue': '{rate} 条/秒 · 丢失 {lost}',
  'compare.tpLimited': '受服务器限制（每个连接每秒 20 条）',
};

declare module '../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof comparisonEn, true> {}
}

registerMessages({ en: comparisonEn, 'zh-CN': comparisonZh });
