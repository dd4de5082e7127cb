import { beforeAll, describe, expect, it } from 'vitest';
import {
  describeReason,
  describeSummary,
  describeTo,
} from '../../../../src/components/message-log/reason';
import { texts as ownEn } from '../../../../src/components/message-log/status-en';
import { translateStatusReason } from '../../../../src/components/message-log/status-i18n';
import { loadDictionary, translate } from '../../../../src/i18n/dictionary';
import type { T } from '../../../../src/i18n/use-t';
import { CLOSE_CODES } from '../../../../src/shared/server-protocol';
// The registry hands each mechanism's status texts to the log (`statusTexts`).
import '../../../../src/mechanisms/registry';
import {
  describeSignal,
  type Signal,
  type SignalBody,
} from '../../../../src/mechanisms/webrtc-data-channel/protocol';
import { englishProse, hasChinese } from '../../../tools/english-prose';

// Issue 12, "Chinese as complete as English": the status texts transports and pages write in
// English are read back by the log and shown in the reader's language. Each sample is written
// exactly as its source writes it; in English the log shows it unchanged, in Chinese it is
// Chinese with no English prose (identifiers such as ICE, SDP or `installed` may stay).
const en: T = (key, params) => translate('en', key, params);
const zh: T = (key, params) => translate('zh-CN', key, params);

const from = { id: 'b', name: '蓝鲸 9c1d', color: '#06c', kind: 'tab' } as const;
const signal = (body: SignalBody) =>
  `signalling → ${describeSignal({ rtc: 1, from, to: null, ...body } as Signal)}`;

// 网络错误 stands for the browser's own error message: a value, shown as the browser wrote it.
const SOURCES: Record<string, string[]> = {
  'long polling (transport.ts, poll-way.ts)': [
    'long poll: held, answered, asked again',
    'EventSource: stream open',
    'WebSocket: socket open',
    'EventSource: the stream broke: the browser retries with Last-Event-ID',
    'WebSocket: closed (1006): reconnecting in 1 s with after=<last id>',
    'WebSocket: closed (1006): reconnecting in 1 s from now (resume is off)',
    'long poll: the held request failed (网络错误): asking again after 17-0',
    'long poll: the held request failed (网络错误): asking again from now',
    'long poll: the held request failed (网络错误): asking again from now (resume is off)',
    'long poll: HTTP 429: refused',
  ],
  'WebRTC (session.ts, attach.ts, negotiation.ts, use-rtc.ts)': [
    signal({ type: 'hello', reply: false }),
    signal({ type: 'hello', reply: true }),
    signal({ type: 'description', description: { type: 'offer', sdp: 'v=0\r\no=- 1 2\r\n' } }),
    signal({
      type: 'candidate',
      candidate: {
        candidate: 'candidate:1 1 udp 2122260223 192.0.2.2 45150 typ host',
        sdpMid: '0',
        sdpMLineIndex: 0,
        usernameFragment: null,
      },
    }),
    signal({ type: 'candidate', candidate: null }),
    signal({ type: 'glare' }),
    signal({ type: 'bye' }).replace('→', '←'),
    'signalling open (this browser): waiting for another tab',
    'signalling open (server): waiting for another tab',
    'paired with 蓝鲸 9c1d: this tab is polite',
    'data channel "chat" open to 蓝鲸 9c1d (ordered: true, maxRetransmits: null (reliable))',
    'data channel "chat" open to 蓝鲸 9c1d (ordered: false, maxRetransmits: 0)',
    'offers collided: impolite, this tab ignores theirs and keeps its own',
    'offers collided: polite, this tab rolls its own back and answers theirs',
    'making an offer failed: InvalidStateError: 网络错误',
    'applying their answer failed: InvalidStateError: 网络错误',
    'adding an ICE candidate failed: OperationError: 网络错误',
    'signalling lost: a signal could not be deserialized',
    'signalling lost: the WebSocket is not open: the signal was not sent',
    'signalling lost: the WebSocket closed (1006); an open data channel goes on without it',
    'signalling lost: the server said rate-limited: {"retryAfterMs":500}',
    'signalling lost: this browser has no RTCPeerConnection',
    'early handshake lines not shown: 3 (the page holds 64)',
    'burst stopped: 网络错误',
    'binary: an ArrayBuffer, not an envelope',
    'already paired with 蓝鲸 9c1d: one data channel per pair of tabs',
    "蓝鲸 9c1d is not this tab's partner",
    'not a signal: 无法解析',
  ],
  'ServiceWorker (transport.ts)': [
    'v1: installed',
    'v2: activating',
    'controlled by v1; 2 queued messages sent',
    'controlled by v1; 1 queued message sent',
    'not controlled yet',
    'no ServiceWorker here: not a secure context, or not supported',
    // Error messages the page writes itself (replies.ts, transport.ts): the log keeps the error's
    // name (NotFoundError) and reads the message after it (reason.ts, readSummary).
    'tab 3fa9c1d2 has gone: nothing was relayed',
    'this page is not controlled',
    'not controlled',
    'too many messages are waiting for control',
    'ServiceWorker is unavailable here',
    // Where a relayed message went (the log's "to"), one per relay mode.
    'ServiceWorker v1 · all',
    'ServiceWorker v1 · others',
    'ServiceWorker v2 · one',
  ],
  'Server-Sent Events (transport.ts)': [
    'instance lost: moving, resuming after (none)',
    'connection lost: the browser retries in 3000 ms with Last-Event-ID 12-4',
    'connection lost: the browser retries with Last-Event-ID (none)',
    'resumed after 12-4: 3 missed events replayed',
    'resumed after 12-4: 1 missed event replayed',
    'the browser gave up: the answer was not a 200 text/event-stream',
    'listening from the start',
    'FeedReset: the server restarted: events after 12-4 cannot be replayed',
    'FeedReset: 40 events after 12-4 are no longer kept',
    'FeedReset: 1 event after 12-4 is no longer kept',
    'FeedReset: some events after 12-4 are no longer kept',
    'FeedReset: the id 99-9 means nothing to this server',
  ],
  'storage quota (quota-panel.tsx)': ['fill stopped'],
  'where entries went (the log’s "to" column)': [
    'the feed at /, three ways',
    'the feed (POST)',
    'channel "comms-lab"',
    'lock "comms-lab-leader"',
    'ws://127.0.0.1:4173/ws · room "lobby"',
    'WebSocket room "rtc"',
    'data channel → 蓝鲸 9c1d',
  ],
  // describeClose (websocket/socket-url.ts): every code CLOSE_CODES knows, and one of the app's own.
  'WebSocket closes': [
    ...Object.entries(CLOSE_CODES).map(([code, meaning]) => `${code} ${meaning}`),
    '1001 Going away: the server is shutting down or the page is leaving: 再见',
    '4000 Application-defined: 再见',
    '1004 Unknown code',
  ],
  'WebSocket, Web Locks, SharedWorker': [
    'reconnected; 2 queued messages sent',
    'connected; 1 queued message sent',
    'a binary frame',
    'naive: this tab opens its own stream',
    '蓝鲸 9c1d left (said goodbye)',
    '蓝鲸 9c1d went silent (no heartbeat for 6 s)',
  ],
};

describe('status texts before Chinese is chosen', () => {
  it('are shown as written: the texts and their reader load with the Chinese dictionary', () => {
    expect(translateStatusReason(en, 'v1: installed')).toBeNull();
    expect(describeReason(en, 'long poll: held, answered, asked again')).toBe(
      'long poll: held, answered, asked again',
    );
  });
});

describe('status texts in the log', () => {
  beforeAll(() => loadDictionary('zh-CN'));

  for (const [source, samples] of Object.entries(SOURCES))
    it(`${source}: English unchanged, Chinese with no English prose`, () => {
      for (const sample of samples) {
        expect(translateStatusReason(en, sample), sample).toBe(sample);
        const chinese = translateStatusReason(zh, sample) ?? sample;
        expect(hasChinese(chinese), `${sample} → ${chinese}`).toBe(true);
        expect(englishProse(chinese), `${sample} → ${chinese}`).toEqual([]);
      }
    });

  // Each mechanism's own lines are checked from the registry (mechanisms/status-texts.test.ts).
  it('every text of the log’s own has a Chinese text with no English prose', () => {
    for (const key of Object.keys(ownEn) as (keyof typeof ownEn)[]) {
      const words = (text: string) => text.replace(/\{\w+\}/g, '');
      expect(englishProse(words(zh(key))), key).toEqual([]);
      if (englishProse(words(en(key))).length) expect(hasChinese(zh(key)), key).toBe(true);
    }
  });

  it('the log row reads a page’s status line and a reason alike, and leaves others as written', () => {
    expect(describeSummary(zh, 'status', signal({ type: 'glare' }))).toBe(
      '信令 → 现在发 offer（双方同时发起了 offer）',
    );
    expect(describeReason(zh, 'long poll: held, answered, asked again')).toBe(
      '长轮询：请求被挂起、得到应答，随即再次发出',
    );
    expect(describeSummary(zh, 'status', 'open')).toBe('已打开');
    expect(describeSummary(zh, 'error', 'signalling lost: bye')).toBe('信令通道断了：再见');
    expect(describeTo(zh, 'the feed (POST)')).toBe('事件流（POST）');
    // An address or an API name with a value is shown as written (the row marks it translate=no).
    expect(describeTo(zh, 'ServiceWorker v1 · broadcast')).toBeNull();
    // The relay's own modes are said in words (it read "ServiceWorker v1 · others" in Chinese).
    expect(describeTo(zh, 'ServiceWorker v1 · others')).toBe('ServiceWorker v1 · 其他所有标签页');
    expect(describeTo(zh, 'Mailbox worker · SharedArrayBuffer')).toBe(
      '信箱 Worker · SharedArrayBuffer',
    );
    expect(describeTo(zh, 'Mailbox worker (not notified)')).toBe('信箱 Worker（未通知）');
    // A payload that happens to read like a status line stays the sender's text.
    expect(describeSummary(zh, 'sent', 'v1: installed')).toBe('v1: installed');
    expect(describeSummary(zh, 'status', 'something the log does not know')).toBe(
      'something the log does not know',
    );
  });
});
