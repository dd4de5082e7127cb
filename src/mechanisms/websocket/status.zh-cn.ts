import { patterns, texts as en } from './status';

// 简体中文：每个键都要有译文，缺一个，类型检查就会失败。API 名、状态名和值保持原样。
export const texts: Record<keyof typeof en, string> = {
  'ws.status.flushedOne': '{state}；已发出排队的 {count} 条消息',
  'ws.status.flushed': '{state}；已发出排队的 {count} 条消息',
  'ws.status.disconnectedByYou': '由你断开',
  'ws.status.binaryFrame': '一个二进制帧',
  'ws.status.overFrameLimit': '超过服务器 64 KiB 的帧上限',
  'ws.status.close': '{code} {meaning}',
  'ws.status.closeWith': '{code} {meaning}：{reason}',
  'ws.closeCode.1000': '正常关闭',
  'ws.closeCode.1001': '离开：服务器正在关闭，或页面正在离开',
  'ws.closeCode.1002': '协议错误',
  'ws.closeCode.1003': '不支持的数据',
  'ws.closeCode.1005': '没有收到状态码（关闭帧里没有代码）',
  'ws.closeCode.1006': '异常关闭：连接在没有关闭帧的情况下断开',
  'ws.closeCode.1007': '帧的载荷数据无效',
  'ws.closeCode.1008': '违反策略',
  'ws.closeCode.1009': '消息太大',
  'ws.closeCode.1011': '服务器内部错误',
  'ws.closeCode.1012': '服务重启',
  'ws.closeCode.1013': '请稍后再试',
  'ws.closeCode.1015': 'TLS 握手失败',
  'ws.closeCode.app': '应用自定义的代码',
  'ws.closeCode.unknown': '未知代码',
  'ws.to.room': '{url} · 房间“{room}”',
  'ws.reason.moving': '转到另一个实例',
  'ws.reason.byYou': '由你断开',
  'ws.reason.pageLeft': '页面已离开',
};

/** The English these translate, and its patterns: they load with the Chinese. */
export const source = { texts: en, patterns };
