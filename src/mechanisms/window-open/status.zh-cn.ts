import { patterns, texts as en } from './status';

// 简体中文：每个键都要有译文，缺一个，类型检查就会失败。API 名、状态名和值保持原样。
export const texts: Record<keyof typeof en, string> = {
  'pop.status.blocked': '浏览器拦截了弹出窗口（请允许本页打开弹出窗口）',
};

/** The English these translate, and its patterns: they load with the Chinese. */
export const source = { texts: en, patterns };
