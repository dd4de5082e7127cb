import type { texts as en } from './traits';

// 简体中文：每个键都要有译文，缺一个，类型检查就会失败。
export const texts: Record<keyof typeof en, string> = {
  'bc.limits': '仅限同源（且同一存储分区）；尚未监听的标签页收不到。',
  'bc.typicalUse': '一处登出，所有标签页同时登出；同一应用的多个标签页保持同步。',
  'bc.gotcha': '发出消息的那个对象永远收不到它；同一标签页里另一个同名的频道对象却能收到。',
};
