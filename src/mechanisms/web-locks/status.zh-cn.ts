import { patterns, texts as en } from './status';

// 简体中文：每个键都要有译文，缺一个，类型检查就会失败。API 名、状态名和值保持原样。
export const texts: Record<keyof typeof en, string> = {
  'wl.status.leaderQueued': '正在排队等待领导者锁',
  'wl.status.steppedDown': '已让位：重新排到队尾',
  'wl.status.naive': '朴素模式：本标签页自己打开事件流',
  'wl.status.locksInsecure': 'Web Locks 需要安全上下文（https，或 http://localhost）',
  'wl.status.leader': '本标签页是领导者（第 {term} 任）：只有它打开事件流',
  'wl.to.lock': '锁“{name}”',
};

/** The English these translate, and its patterns: they load with the Chinese. */
export const source = { texts: en, patterns };
