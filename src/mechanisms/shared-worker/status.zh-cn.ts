import { patterns, texts as en } from './status';

// 简体中文：每个键都要有译文，缺一个，类型检查就会失败。API 名、状态名和值保持原样。
export const texts: Record<keyof typeof en, string> = {
  'shw.status.leftGoodbye': '{name} 已离开（说了再见）',
  'shw.status.wentSilent': '{name} 没有声音了（{s} 秒没有心跳）',
  'shw.status.hubFailed': '中转站脚本加载失败',
  'shw.status.notConnected': '没有连上中转站',
};

/** The English these translate, and its patterns: they load with the Chinese. */
export const source = { texts: en, patterns };
