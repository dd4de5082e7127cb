import './i18n';
import type { Claim } from '../../lib/claim-types';

const SPEC = 'test/e2e/long-polling.spec.ts';

/** What the three-ways page teaches, each with the test or source that backs it. */
export const claims: readonly Claim[] = [
  {
    text: 'lp.teach.requests',
    proof: [
      {
        kind: 'test',
        spec: SPEC,
        title:
          'an event published in one tab reaches the other three ways, and the server counts each way',
      },
    ],
  },
  {
    text: 'lp.teach.resume',
    proof: [
      {
        kind: 'test',
        spec: SPEC,
        title: 'after the server drops every connection, each way resumes from its last id',
      },
      {
        kind: 'test',
        spec: SPEC,
        title:
          'with resume off, the WebSocket misses what came during the drop; SSE does not, nor a poll the browser re-sent',
      },
      {
        kind: 'source',
        // The one-page edition: its multipage file name would be another mechanism's id here.
        url: 'https://html.spec.whatwg.org/#the-last-event-id-header',
        label: 'HTML Standard, the Last-Event-ID header',
      },
      {
        kind: 'source',
        url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/http/http_network_transaction.cc',
        label: 'Chromium, HttpNetworkTransaction::ShouldResendRequest',
        note: {
          en: 'a reused connection closed before any answer',
          'zh-CN': '复用的连接在收到任何应答前就关闭了',
        },
      },
    ],
  },
  {
    text: 'lp.teach.latency',
    proof: [
      {
        kind: 'test',
        spec: SPEC,
        title:
          'an event published in one tab reaches the other three ways, and the server counts each way',
      },
    ],
  },
  {
    text: 'lp.teach.proxies',
    proof: [
      {
        kind: 'source',
        url: 'https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_buffering',
        label: 'nginx, proxy_buffering and X-Accel-Buffering',
      },
      {
        kind: 'source',
        url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/Protocol_upgrade_mechanism',
        label: 'MDN, protocol upgrade',
        note: {
          en: 'Upgrade and Connection are hop-by-hop: proxies must pass them',
          'zh-CN': 'Upgrade 和 Connection 是逐跳首部：代理必须转发它们',
        },
      },
      {
        kind: 'source',
        url: 'https://developer.mozilla.org/en-US/docs/Web/API/EventSource',
        label: 'MDN, EventSource',
        note: {
          en: 'six connections per browser and domain over HTTP/1.1',
          'zh-CN': 'HTTP/1.1 下每个浏览器对每个域名最多六个连接',
        },
      },
    ],
  },
];
