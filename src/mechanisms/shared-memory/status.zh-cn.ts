import { patterns, texts as en } from './status';

// 简体中文：每个键都要有译文，缺一个，类型检查就会失败。API 名、状态名和值保持原样。
export const texts: Record<keyof typeof en, string> = {
  'sm.status.notSetUp': '共享缓冲区还没建立',
  'sm.status.scriptFailed': 'Worker 脚本加载失败',
  'sm.status.counterFailed': '计数 Worker 出错了',
  'sm.status.countersLate': '计数没有按时完成',
  'sm.status.toMailbox': '信箱 Worker',
  'sm.status.toMailboxNotNotified': '信箱 Worker（未通知）',
  'sm.status.mailboxLabel': '信箱 Worker · SharedArrayBuffer',
};

/** The English these translate, and its patterns: they load with the Chinese. */
export const source = { texts: en, patterns };
