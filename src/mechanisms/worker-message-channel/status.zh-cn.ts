import { patterns, texts as en } from './status';

// 简体中文：每个键都要有译文，缺一个，类型检查就会失败。API 名、状态名和值保持原样。
export const texts: Record<keyof typeof en, string> = {
  'wmc.status.undecodable': '一条消息无法反序列化',
  'wmc.status.scriptFailed': 'Worker 脚本出错了',
  'wmc.status.neverStarted': 'Worker 从未启动',
  'wmc.status.notReady': 'Worker 还没准备好',
  'wmc.status.notReadyShort': '还没准备好',
  'wmc.to.terminated': '{label}（已终止）',
};

/** The English these translate, and its patterns: they load with the Chinese. */
export const source = { texts: en, patterns };
