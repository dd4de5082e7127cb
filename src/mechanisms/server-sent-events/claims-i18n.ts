import { registerMessages } from '../../i18n/dictionary';

// Claims of this page that are not already one of its teaching points, and the request timer's hint.
export const sseClaimsEn = {
  'sse.claim.six':
    'Over HTTP/1.1, six open streams to one origin make every other request to it wait, from every tab of the browser, until one closes. Firefox differs (measured): a request started by a click or key press still goes through (urgent-start may open a few connections over the limit), while requests the page makes on its own wait.',
  'sse.claim.h2':
    'HTTP/2 carries many streams on one connection, but browsers speak it only over TLS: not on http://localhost or a LAN address.',
  'sse.claim.gaveUp':
    'EventSource gives up (CLOSED) only when an answer is not a 200 with text/event-stream; a stopped server means network errors, and the browser keeps retrying.',
  'sse.claim.echo':
    "The publisher hears its own event because this server sends it to every stream: the server's choice, not the protocol's.",
  'sse.timer.hint':
    'An ordinary GET /api/health from this tab. With six streams open in this browser it waits until one closes: open five more tabs of this page, then press the button.',
} as const;

export const sseClaimsZh: Record<keyof typeof sseClaimsEn, string> = {
  'sse.claim.six':
    '在 HTTP/1.1 下，对同一个源开着 6 个事件流时，该浏览器所有标签页对它的其他请求都要等待，直到有一个关闭。Firefox 不同（实测）：由点击或按键发起的请求仍能通过（urgent-start 可以超出上限多开几个连接），而页面自己发起的请求要等待。',
  'sse.claim.h2':
    'HTTP/2 能在一个连接上承载许多流，但浏览器只在 TLS 上使用它：http://localhost 和局域网地址上都不行。',
  'sse.claim.gaveUp':
    '只有响应不是带 text/event-stream 的 200 时，EventSource 才会放弃（CLOSED）；服务器停了只会带来网络错误，浏览器会一直重试。',
  'sse.claim.echo':
    '发布者能收到自己的事件，是因为这个服务器把它发给了每个事件流：这是服务器的选择，不是协议规定。',
  'sse.timer.hint':
    '本标签页发出一个普通的 GET /api/health。本浏览器开着 6 个事件流时，它要等到其中一个关闭：再打开 5 个本页的标签页，然后按下按钮。',
};

declare module '../../i18n/dictionary' {
  interface MechanismMessages extends Record<keyof typeof sseClaimsEn, true> {}
}

registerMessages({ en: sseClaimsEn, 'zh-CN': sseClaimsZh });
