import type { CommentMap } from '../../lib/code-comments';

// 代码面板的中文注释：键是 code.ts 里的英文注释。
export const comments: CommentMap = {
  'Tab B (and C, D…): listen. The event fires in the *other* tabs only.':
    '标签页 B（以及 C、D…）：监听。这个事件只在“其他”标签页里触发。',
  'Tab A: write. Storage holds strings, so serialise objects yourself.':
    '标签页 A：写入。存储里只能放字符串，对象要自己序列化。',
  'sessionStorage belongs to one tab: no other tab ever sees this write.':
    'sessionStorage 只属于一个标签页：其他标签页永远看不到这次写入。',
  'Writing the value already stored fires nothing.\nlocalStorage.clear() fires one event with event.key === null.':
    '写入与已存值相同的值，什么事件也不会触发。\nlocalStorage.clear() 只触发一个事件，其 event.key === null。',
};
