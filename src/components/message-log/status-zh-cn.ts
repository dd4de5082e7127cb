// The log's shared status lines in Chinese (status-en.ts holds the English). API names, state
// names and values stay as written.
import { patterns, texts as en } from './status-en';

export const texts: Record<keyof typeof en, string> = {
  'why.connected': '已连接',
  'why.reconnected': '已重新连接',
  'why.attempt': '第 {n} 次尝试',
  'why.closed': '已关闭',
  'why.stillLoading': '传输层还在加载',
  'why.cancelled': '已取消',
  'why.storageUnavailable': '存储不可用',
  'why.noAnswer': '对方始终没有应答',
  'why.notConnected': '未连接',
  'env.unreadable': '无法读取的值（{name}）',
  'env.notObject': '不是对象，而是 {type}',
  'env.version': '未知的信封版本 {v}',
  'env.id': '字段“id”必须是 1–128 个字符的字符串',
  'env.mechanism': '字段“mechanism”必须是 kebab-case 形式的 id',
  'env.recipient': '字段“recipient”必须是对端的 id',
  'env.kind': '字段“kind”必须是简短的 kebab-case 词',
  'env.sentAt': '字段“sentAt”必须是有限的非负数',
  'env.seq': '字段“seq”必须是正整数',
  'env.body': '缺少字段“body”',
  'imp.notJson': '文件不是 JSON',
  'imp.notExport': '文件不是通信实验室的日志导出（格式 "{format}"）',
  'imp.version': '导出版本 {v} 不是本应用能读的版本（{ours}）',
  'imp.tab': '导出中的标签页：{reason}',
  'imp.noEntries': '导出中没有“entries”列表',
  'imp.tooMany': '导出的条目超过 {n} 条',
  'inst.answered': 'GET /api/cluster 的应答是 {status}',
  'inst.answeredOther': 'GET /api/cluster 的应答不是预期的内容',
  'to.feedPost': '数据流（POST）',
};

/** The English these translate, and its patterns: they load with the Chinese. */
export const source = { texts: en, patterns };
