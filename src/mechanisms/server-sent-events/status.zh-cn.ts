import { patterns, texts as en } from './status';

// 简体中文：每个键都要有译文，缺一个，类型检查就会失败。API 名、状态名和值保持原样。
export const texts: Record<keyof typeof en, string> = {
  'sse.status.reconnectedByBrowser': '浏览器已自动重连',
  'sse.status.closedByYou': '由你关闭：浏览器不会再重连',
  'sse.status.listeningFrom': '从 {id} 之后开始接收',
  'sse.status.listeningFromStart': '从头开始接收',
  'sse.status.none': '（无）',
  'sse.status.overPublishLimit': '超过服务器 8 KiB 的发布上限',
  'sse.status.feedLoading': '事件流还在加载',
  'sse.status.instanceLost': '实例已失联：换到下一个实例，从 {id} 之后续传',
  'sse.status.gaveUp': '浏览器不再重试：应答不是 200 text/event-stream',
  'sse.status.retryIn': '连接断开；浏览器 {ms} 毫秒后重试，并带上 Last-Event-ID {id}',
  'sse.status.retry': '连接断开；浏览器会重试，并带上 Last-Event-ID {id}',
  'sse.status.resumedOne': '从 {id} 之后续传：补发了 {n} 条错过的事件',
  'sse.status.resumed': '从 {id} 之后续传：补发了 {n} 条错过的事件',
  'sse.status.resetRestarted': 'FeedReset：服务器重启过：{id} 之后的事件无法补发',
  'sse.status.resetTooOldOne': 'FeedReset：{id} 之后的 {n} 条事件已经不再保存',
  'sse.status.resetTooOld': 'FeedReset：{id} 之后的 {n} 条事件已经不再保存',
  'sse.status.some': '若干',
  'sse.status.resetUnknown': 'FeedReset：这台服务器不认识 id {id}',
};

/** The English these translate, and its patterns: they load with the Chinese. */
export const source = { texts: en, patterns };
