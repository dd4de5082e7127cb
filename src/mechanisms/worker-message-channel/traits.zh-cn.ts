import type { texts as en } from './traits';

// 简体中文：每个键都要有译文，缺一个，类型检查就会失败。
export const texts: Record<keyof typeof en, string> = {
  'wmc.limits':
    '只在页面和它创建的 Worker 之间；用 addEventListener 监听的端口需要调用 start()；terminate() 之后发送的消息会被丢弃。',
  'wmc.typicalUse': '把繁重的工作移出主线程：解析、图像处理、搜索索引。',
  'wmc.gotcha': '被转移的 ArrayBuffer 在发送方消失：它的 byteLength 变为 0。',
};
