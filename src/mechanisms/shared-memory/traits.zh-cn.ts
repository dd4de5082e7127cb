import type { texts as en } from './traits';

// 简体中文：每个键都要有译文，缺一个，类型检查就会失败。
export const texts: Record<keyof typeof en, string> = {
  'sm.limits':
    '只在一个代理集群内（页面和它的 Worker）；只在跨源隔离的文档中（COOP + COEP）；传的是字节而不是对象；Atomics.wait 不能在主线程上用。',
  'sm.typicalUse': '音视频处理流水线、WebAssembly 多线程、多个 Worker 同时处理的大块数据。',
  'sm.gotcha':
    '不用 Atomics，两个线程给同一个单元加一会丢失更新；而且页面必须跨源隔离，否则连 SharedArrayBuffer 都没有定义。',
  'sm.cannotRace':
    '竞速在对比页上运行，那个页面没有跨源隔离，所以在那里 SharedArrayBuffer 没有定义。把那个页面隔离起来会破坏其他行：竞速的弹出窗口没有相同的 COOP，会失去 window.opener；竞速的跨源框架则需要 CORP。',
};
