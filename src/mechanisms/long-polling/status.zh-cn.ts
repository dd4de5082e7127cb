import { patterns, texts as en } from './status';

// 简体中文：每个键都要有译文，缺一个，类型检查就会失败。API 名、状态名和值保持原样。
export const texts: Record<keyof typeof en, string> = {
  'lp.status.way': '{way}：{reason}',
  'lp.status.wayPoll': '长轮询',
  'lp.status.streamOpen': '事件流已打开',
  'lp.status.socketOpen': '套接字已打开',
  'lp.status.pollAnswered': '请求被挂起、得到应答，随即再次发出',
  'lp.status.streamBroke': '事件流断了：浏览器会带着 Last-Event-ID 重试',
  'lp.status.socketRetry': '已关闭（{code}）：1 秒后重新连接，{from}',
  'lp.status.pollFailed': '挂起的请求失败了（{message}）：重新请求，{from}',
  'lp.status.fromLastId': '带上 after=<最后一个 id>',
  'lp.status.fromNow': '从现在开始',
  'lp.status.fromNowResumeOff': '从现在开始（续传已关闭）',
  'lp.status.fromCursor': '从 {cursor} 之后开始',
  'lp.status.http': 'HTTP {status}：{message}',
  'lp.status.refused': '被拒绝',
  'lp.status.notFeedJson': '应答不是事件流的 JSON',
  'lp.to.feedWays': '{address} 上的事件流（三种方式读取）',
};

/** The English these translate, and its patterns: they load with the Chinese. */
export const source = { texts: en, patterns };
