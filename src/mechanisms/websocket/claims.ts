import './i18n';
import './claims-i18n';
import type { Claim } from '../../lib/claim-types';

const SPEC = 'test/e2e/websocket.spec.ts';

/** What the WebSocket page teaches, each with the test or source that backs it. */
export const claims: readonly Claim[] = [
  {
    text: 'ws.teach.reconnect',
    proof: [
      {
        kind: 'test',
        spec: SPEC,
        title: 'a frame over 64 KiB closes with 1009 and a reason; the page reconnects by itself',
      },
      {
        kind: 'source',
        url: 'https://websockets.spec.whatwg.org/#the-websocket-interface',
        label: 'WebSockets Standard',
        note: { en: 'no reconnect', 'zh-CN': '不会自动重连' },
      },
    ],
  },
  {
    text: 'ws.teach.manual',
    proof: [
      {
        kind: 'test',
        spec: SPEC,
        title: 'a manual disconnect stays disconnected and refuses to send, with a reason',
      },
    ],
  },
  {
    text: 'ws.teach.queue',
    proof: [
      {
        kind: 'test',
        spec: SPEC,
        title: 'the teacher drops every connection: tabs come back and queued messages arrive',
      },
    ],
  },
  {
    text: 'ws.teach.codes',
    proof: [
      {
        kind: 'source',
        url: 'https://www.rfc-editor.org/rfc/rfc6455#section-7.4.1',
        label: 'RFC 6455 §7.4.1, close codes',
      },
      {
        kind: 'source',
        url: 'https://websockets.spec.whatwg.org/#feedback-from-the-protocol',
        label: 'WebSockets Standard, 1006 and wasClean',
      },
    ],
  },
  {
    text: 'ws.teach.origin',
    proof: [
      {
        kind: 'source',
        url: 'https://www.rfc-editor.org/rfc/rfc6455#section-10.2',
        label: 'RFC 6455 §10.2, origin considerations',
      },
    ],
  },
  {
    text: 'ws.teach.heartbeat',
    proof: [
      {
        kind: 'source',
        url: 'https://github.com/websockets/ws#how-to-detect-and-close-broken-connections',
        label: 'ws, detecting broken connections',
      },
    ],
  },
  {
    text: 'ws.claim.sender',
    proof: [
      {
        kind: 'test',
        spec: SPEC,
        title: 'two tabs chat through the server; the sender gets an ack, not its own message',
      },
    ],
  },
];
