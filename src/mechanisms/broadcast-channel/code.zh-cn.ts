import type { CommentMap } from '../../lib/code-comments';

// 代码面板的中文注释：键是 code.ts 里的英文注释，{name} 代表频道名。
export const comments: CommentMap = {
  'Run this in two or more tabs of the same origin.': '在同源的两个或更多标签页里运行这段代码。',
  'A structured clone: Date, Map, Set, ArrayBuffer and Blob arrive as themselves.':
    '收到的是结构化克隆：Date、Map、Set、ArrayBuffer 和 Blob 到达时仍是原来的类型。',
  'Every other BroadcastChannel named {name} gets it, this one does not.':
    '其他每个名为 {name} 的 BroadcastChannel 都会收到，唯独这一个收不到。',
  'DataCloneError for a function, InvalidStateError after close()':
    '发送函数会抛出 DataCloneError，close() 之后再发送会抛出 InvalidStateError',
  'When done: stop receiving and free the channel.\nchannel.close();':
    '用完之后：停止接收并释放频道。\nchannel.close();',
};
