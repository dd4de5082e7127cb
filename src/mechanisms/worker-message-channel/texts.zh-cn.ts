import type { wmcTexts } from './texts';

// 简体中文：每个键都要有译文，缺一个，类型检查就会失败。
export const texts: Record<keyof typeof wmcTexts, string> = {
  'wmc.title': 'Worker + MessageChannel',
  'wmc.summary':
    '页面和它自己的专用 Worker 互相发送结构化克隆；MessageChannel 为两个 Worker 提供一条不经过页面的私有管道。',
  'wmc.tip':
    '这里的一切都留在本标签页内：第二个标签页会启动它自己的 Worker，看不到这里的任何消息。',
};
