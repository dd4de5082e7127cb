// The server's refusals (shared/server-words.ts) in Chinese, read back from their English in the
// log and on the pages. API names, header names, field names, values and ids stay as written.
import { SERVER_WORDS, type ServerCode } from '../../shared/server-words';
import type { StatusPattern } from '../../lib/status-types';

type Key = `srvw.${ServerCode}`;

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<Key, true> {}
}

export const zh: Record<ServerCode, string> = {
  'origin-not-allowed': '来源 {origin} 不在本服务器的允许列表中。',
  'bad-target': '请求目标不是 URL。',
  'no-host': '请求里没有可读的“Host”头。',
  'wrong-host': '“{host}”不是本服务器的名字：请用它启动时打印的地址。',
  'method-not-allowed': '{path} 上不允许 {method}。',
  'no-api': '没有 {method} {path} 这个 API。',
  internal: '服务器出错了。',
  'internal-console': '服务器出错了；请看它的控制台。',
  'body-type': '请以 application/json 发送请求体。',
  'body-too-large': '请求体超过 {limit} 字节。',
  'body-lost': '请求体没有到达。',
  'body-not-json': '请求体不是有效的 JSON。',
  'body-too-deep': '请求体是嵌套超过 {depth} 层的 JSON。',
  'body-invalid': '{detail}',
  'bad-room': '房间名只能由 a-z、0-9 和连字符组成，长 1–32。',
  'join-throttled': '这个地址输错加入码的次数太多：请 {seconds} 秒后再试。',
  'join-code': '这个班级需要加入码（“?code=…”）。',
  'teacher-only': '这是老师的操作：请提供服务器启动时打印的老师令牌。',
  'instance-body': '请以 {"name": "…"} 的形式给出实例。',
  'stop-not-clustered': '本服务器单独运行（没有“REDIS_URL”）：没有实例可转。',
  'unknown-instance': '没有名为“{name}”的在线实例。',
  'transport-body': '请以 {"mode": "streams"} 或 {"mode": "pubsub"} 的形式给出传输方式。',
  'switch-not-clustered': '没有“REDIS_URL”：房间放在内存里，没有可切换的 Redis。',
  'backplane-down': '后端总线断开：连不上 Redis；什么也没有存下',
  'backplane-down-why': '后端总线断开：连不上 Redis（{detail}）；什么也没有存下',
  'poll-after': 'after：你手上最后一个事件的 id（如 "mfx3k2-17"，≤ {max} 个字符），或者不填',
  'poll-wait': '“wait”必须是 0 到 {max} 之间的整数毫秒。',
  'poll-client': '“client”必须是 1–40 个 A-Z、a-z、0-9、"_" 和 "-" 字符。',
  'poll-held': '这个地址已经挂着 {max} 个轮询请求：请先等一个结束。',
  'poll-rate': '轮询快于每秒 {rate} 次：请稍等再问。',
  'poll-failed': '事件流没能应答这次轮询。',
  'feed-origin': '来源 {origin} 不能读取这个事件流。',
  'feed-method': '事件流要用 GET 读取。',
  'feed-full': '事件流的读者已满：请稍后再试。',
  'feed-failed': '事件流没能提供这条连接。',
  'upgrade-origin': '来源 {origin} 不能在这里打开 WebSocket。',
  'chat-full': '聊天的连接数已满：请稍后再试。',
  'feed-sockets-full': '事件流的连接数已满：请稍后再试。',
  'upgrade-after': 'after 必须是你手上最后一个事件的 id，如 "mfx3k2-17"。',
  'no-websocket': '这里没有 WebSocket。',
  'upgrade-failed': '服务器没能接受这次升级。',
  'frame-too-deep': '这一帧的嵌套超过 {depth} 层',
  'frame-invalid': '{detail}',
  'rooms-full': '服务器已有 {max} 个房间在用：请加入其中一个',
  'room-full': '房间“{room}”已满（{max} 人）',
  'join-first': '请先加入房间再聊天',
  'frame-failed': '服务器没能处理这一帧',
  'close-teacher': '被老师断开：请重新连接',
  'close-shutdown': '服务器正在关闭',
  'close-slow': '你没有在读房间发来的内容：请重新连接以赶上',
  'close-oversize': '超过 {kib} KiB 的帧会被拒绝',
  'close-behind': '落后太多：请用“after=<last id>”重新连接',
  'close-unreadable': '事件流读不出来：请用“after=<last id>”重新连接',
  'close-feed-shutdown': '服务器正在关闭',
  'close-history': '落在历史之后：请用“after=<last id>”重新连接',
};

// A value that is itself the app's words (a shared validator's) is read back in turn; the Redis
// client's words are the server's, shown as written.
const NAMES: Readonly<Record<string, string>> = { detail: 'detail*' };
const NAMES_OF: Partial<Record<ServerCode, Readonly<Record<string, string>>>> = {
  'backplane-down-why': { detail: 'detail~' },
};
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The pattern that reads a code's English back, with its values; null for a bare value. */
function patternOf(code: ServerCode, template: string): StatusPattern | null {
  const names: string[] = [];
  const parts = template.split(/\{(\w+)\}/);
  if (parts.every((part, i) => i % 2 === 1 || part === '')) return null;
  const body = parts
    .map((part, i) => {
      if (i % 2 === 0) return escape(part);
      names.push(NAMES_OF[code]?.[part] ?? NAMES[part] ?? part);
      return '(.+?)';
    })
    .join('');
  return [new RegExp(`^${body}$`), `srvw.${code}`, names];
}

const codes = Object.keys(SERVER_WORDS) as ServerCode[];
const key = (code: ServerCode): Key => `srvw.${code}`;

export const texts = Object.fromEntries(codes.map((code) => [key(code), zh[code]]));

/** The English these translate, and its patterns: they load with the Chinese. */
export const source = {
  texts: Object.fromEntries(codes.map((code) => [key(code), SERVER_WORDS[code]])),
  // Exact words are found by text; a template with a value, or with braces, by its pattern.
  patterns: codes
    .map((code) => (SERVER_WORDS[code].includes('{') ? patternOf(code, SERVER_WORDS[code]) : null))
    .filter((pattern): pattern is StatusPattern => pattern !== null),
};
