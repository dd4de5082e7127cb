// The log's tags in Chinese (tag-i18n.ts holds the English and how they are used), loaded only
// when Chinese is chosen. The status texts are in status-zh-cn.ts.
import type { tagEn } from './tag-i18n';

const tagZh: Record<keyof typeof tagEn, string> = {
  'kind.hello': '报到',
  'kind.ack': '回执',
  'kind.presence': '在线',
  'kind.notice': '通知',
  'kind.history': '历史',
  'kind.welcome': '欢迎',
  'kind.joined': '已加入',
  'kind.join': '加入',
  'kind.rename': '改名',
  'kind.goodbye': '离开',
  'kind.echo': '回声',
  'kind.buffer': '缓冲区',
  'kind.error': '错误',
  'kind.tick': '心跳',
  'kind.time': '时间',
  'kind.notification': '通知',
  'kind.alert': '警报',
  'kind.rate-limited': '限流',
  'seq.restart': '重新开始',
  'seq.duplicate': '重复',
  'seq.gap': '缺 {missing} 条',
  'peer.server': '服务器',
};

export const texts = tagZh;
