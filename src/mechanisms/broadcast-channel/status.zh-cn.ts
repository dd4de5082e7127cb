import { patterns, texts as en } from './status';

// 简体中文：每个键都要有译文，缺一个，类型检查就会失败。API 名、状态名和值保持原样。
export const texts: Record<keyof typeof en, string> = {
  'bc.status.undecodable': '收到一条无法反序列化的消息',
  'bc.status.neverOpened': '频道从未打开',
  'bc.status.notJoined': '没有加入“{name}”',
  'bc.to.channel': '频道“{name}”',
};

/** The English these translate, and its patterns: they load with the Chinese. */
export const source = { texts: en, patterns };
