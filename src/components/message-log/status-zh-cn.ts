// The log's shared status lines in Chinese (status-en.ts holds the English). API names, state
// names and values stay as written.
import { patterns, texts as en } from './status-en';

export const texts: Record<keyof typeof en, string> = {
  'why.connected': '已连接',
  'why.reconnected': '已重新连接',
  'why.attempt': '第 {n} 次尝试',
  'why.closed': '已关闭',
  'to.feedPost': '数据流（POST）',
};

/** The English these translate, and its patterns: they load with the Chinese. */
export const source = { texts: en, patterns };
