import { registerMessages } from '../i18n/dictionary';

// The measured columns' texts load with the comparison table (the compare page), not on first visit.
export const comparisonEn = {
  'compare.col.roundTrip': 'Round trip, 1 KiB (ms)',
  'compare.col.throughput': 'Throughput',
  'compare.col.largest': 'Largest payload that went through',
  'compare.notMeasured': 'not measured yet: run the race',
  'compare.cannotRun': 'cannot run here: {reason}',
  'compare.rtValue': 'median {median} · p95 {p95} · {lost} lost',
  'compare.tpValue': '{rate} msg/s · {lost} lost',
  'compare.tpLimited': 'limited by the server (20 msg/s per connection)',
} as const;

export const comparisonZh: Record<keyof typeof comparisonEn, string> = {
  'compare.col.roundTrip': '往返，1 KiB（毫秒）',
  'compare.col.throughput': '吞吐量',
  'compare.col.largest': '成功通过的最大负载',
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
