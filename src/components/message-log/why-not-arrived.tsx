import { registerMessages, type MessageKey } from '../../i18n/dictionary';
import { useT } from '../../i18n/use-t';

// Why a message may not arrive, per mechanism: the known reasons a class meets. Shown beside a
// sent (or failed) entry; loaded only when such an entry is opened.
const whyEn = {
  'why.title': 'If it did not arrive',
  'why.broadcast-channel.1':
    'The object that posted never hears its own message (a second object in its tab would): look in another tab.',
  'why.broadcast-channel.2':
    'The other tab is on another channel name, another origin, or closed the channel.',
  'why.broadcast-channel.3': 'A tab that opened after the message was sent does not get it.',
  'why.storage-event.1':
    'The writing window gets no storage event (its same-origin frames do): look in another tab.',
  'why.storage-event.2': 'Writing the value already stored fires no event anywhere.',
  'why.storage-event.3': 'sessionStorage is per tab: its writes never reach another tab.',
  'why.iframe-post-message.1':
    'A targetOrigin that does not match the frame’s current origin drops the message silently.',
  'why.iframe-post-message.2':
    'The frame was still loading (or navigated away): only a ready handshake makes this safe.',
  'why.iframe-post-message.3':
    'The receiver rejected it: its origin check did not trust the sender.',
  'why.window-open.1': 'The popup was not listening yet: messages before its "ready" are lost.',
  'why.window-open.2': 'The popup was closed or blocked, or opened with noopener (no handle).',
  'why.window-open.3': 'The popup navigated to another origin: targetOrigin no longer matches.',
  'why.service-worker.1':
    'This page is not controlled yet: messages wait for controllerchange (claim() sends them; a reload throws them away).',
  'why.service-worker.2': 'The relay was set to "every other tab" and no other tab is controlled.',
  'why.service-worker.3': 'The chosen tab has gone: the worker says so in the log.',
  'why.websocket.1': 'Disconnected: the message waits in the queue until the next join.',
  'why.websocket.2': 'The other tab is in another room.',
  'why.websocket.3': 'Refused by the server: over the rate limit, or a frame over 64 KiB (1009).',
  'why.server-sent-events.1': 'SSE only goes from server to page: a tab publishes with a POST.',
  'why.server-sent-events.2':
    'The other tab’s stream is reconnecting; it will replay from its Last-Event-ID.',
  'why.server-sent-events.3':
    'The other tab hid that event type, or (HTTP/1.1) six streams are open, so every other request to this origin waits, this publish too.',
} as const;

const whyZh: Record<keyof typeof whyEn, string> = {
  'why.title': '如果没有送达',
  'why.broadcast-channel.1':
    '发出消息的那个对象永远收不到它（同一标签页里的第二个对象能收到）：请在另一个标签页里看。',
  'why.broadcast-channel.2': '另一个标签页在别的频道名、别的源上，或者已经关闭了频道。',
  'why.broadcast-channel.3': '消息发出之后才打开的标签页收不到它。',
  'why.storage-event.1':
    '执行写入的窗口不会收到 storage 事件（它的同源 iframe 会收到）：请在另一个标签页里看。',
  'why.storage-event.2': '写入与已存值相同的值，任何地方都不会触发事件。',
  'why.storage-event.3': 'sessionStorage 是每个标签页独有的：它的写入不会到达其他标签页。',
  'why.iframe-post-message.1': '与 iframe 当前源不匹配的 targetOrigin 会让消息被悄悄丢弃。',
  'why.iframe-post-message.2': 'iframe 仍在加载（或已跳转）：只有就绪握手才能保证安全。',
  'why.iframe-post-message.3': '接收方拒绝了它：它的源检查不信任发送方。',
  'why.window-open.1': '弹窗还没有开始监听：在它“就绪”之前的消息会丢失。',
  'why.window-open.2': '弹窗已关闭或被拦截，或者以 noopener 打开（没有句柄）。',
  'why.window-open.3': '弹窗跳转到了别的源：targetOrigin 不再匹配。',
  'why.service-worker.1':
    '本页还没有受控：消息会等待 controllerchange（claim() 会把它们发出；重新加载则会丢掉它们）。',
  'why.service-worker.2': '转发设为“其他所有标签页”，但没有其他受控的标签页。',
  'why.service-worker.3': '选中的标签页已经不在了：worker 会在日志里说明。',
  'why.websocket.1': '连接已断开：消息在队列中等待，下次加入房间后发出。',
  'why.websocket.2': '另一个标签页在别的房间。',
  'why.websocket.3': '被服务器拒绝：超过速率限制，或帧超过 64 KiB（1009）。',
  'why.server-sent-events.1': 'SSE 只能从服务器到页面：标签页通过 POST 发布。',
  'why.server-sent-events.2': '另一个标签页的事件流正在重连；它会从自己的 Last-Event-ID 开始重放。',
  'why.server-sent-events.3':
    '另一个标签页隐藏了这种事件类型，或者（HTTP/1.1 下）已有 6 个事件流开着，对这个源的其他所有请求都在等待，这次发布也一样。',
};

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof whyEn, true> {}
}
registerMessages({ en: whyEn, 'zh-CN': whyZh });

export default function WhyNotArrived({ mechanism }: { mechanism: string }) {
  const t = useT();
  const keys = [1, 2, 3]
    .map((n) => `why.${mechanism}.${n}`)
    .filter((key): key is MessageKey => key in whyEn);
  if (keys.length === 0) return null;
  return (
    <div className="why" data-testid="why-not-arrived">
      <h4>{t('why.title')}</h4>
      <ul>
        {keys.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
    </div>
  );
}
