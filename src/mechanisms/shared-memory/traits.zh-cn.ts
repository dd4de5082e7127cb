import type { texts as en } from './traits';

// 简体中文：每个键都要有译文，缺一个，类型检查就会失败。
export const texts: Record<keyof typeof en, string> = {
  'sm.limits':
    '只在一个代理集群内（页面和它的 Worker）；只在跨源隔离的文档中（COOP + COEP）；传的是字节而不是对象；Atomics.wait 不能在主线程上用。',
  'sm.typicalUse': '音视频处理流水线、WebAssembly 多线程、多个 Worker 同时处理的大块数据。',
  'sm.gotcha':
    '不用 Atomics，两个线程给同一个单元加一会丢失更新；而且页面必须跨源隔离，否则连 SharedArrayBuffer 都没有定义。',
};
