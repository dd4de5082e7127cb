import type { CommentMap } from '../../lib/code-comments';

// 代码面板的中文注释：键是 code.ts 里的英文注释。
export const comments: CommentMap = {
  'page.js, in every tab: the same URL and name give every tab the same worker.':
    'page.js，每个标签页都运行：URL 和名称都相同，所有标签页连上的就是同一个 Worker。',
  'starts the port': '设置 onmessage 会启动端口',
  'Nothing tells the hub that a tab closed: say you are alive, and say goodbye.':
    '标签页关了，不会有任何事件告诉中转站：所以要定时报平安，离开时道别。',
  '(no goodbye on pagehide: the hub only notices when the heartbeats stop)':
    '（pagehide 时不道别：中转站只能等心跳停了才发现）',
  'hub.worker.js: one instance for the whole origin, alive while any tab holds a port.':
    'hub.worker.js：整个源只有一个实例，只要还有标签页持有端口，它就一直活着。',
};
