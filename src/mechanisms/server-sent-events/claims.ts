import './i18n';
import './claims-i18n';
import type { Claim } from '../../lib/claim-types';

const SPEC = 'test/e2e/server-sent-events.spec.ts';
const SSE = 'https://html.spec.whatwg.org/multipage/server-sent-events.html';

/** What the SSE page teaches, each with the test or source that backs it. */
export const claims: readonly Claim[] = [
  {
    text: 'sse.teach.named',
    proof: [
      { kind: 'source', url: `${SSE}#dispatchMessage`, label: 'HTML Standard, dispatch the event' },
    ],
  },
  {
    text: 'sse.teach.retry',
    proof: [
      {
        kind: 'test',
        spec: SPEC,
        title: 'after the server drops the stream, the browser resumes with 0 gaps',
      },
      {
        kind: 'source',
        url: `${SSE}#the-last-event-id-header`,
        label: 'HTML Standard, Last-Event-ID',
      },
    ],
  },
  {
    text: 'sse.teach.close',
    proof: [
      {
        kind: 'test',
        spec: SPEC,
        title: 'Close is final; Connect resumes from lastEventId without a gap',
      },
    ],
  },
  {
    text: 'sse.teach.text',
    proof: [
      {
        kind: 'source',
        url: `${SSE}#parsing-an-event-stream`,
        label: 'HTML Standard, event stream',
        note: { en: 'always UTF-8', 'zh-CN': '始终是 UTF-8' },
      },
    ],
  },
  {
    text: 'sse.teach.oneWay',
    proof: [
      {
        kind: 'test',
        spec: SPEC,
        title: 'an event one tab publishes reaches every tab, the publisher too',
      },
    ],
  },
  {
    text: 'sse.claim.echo',
    proof: [
      {
        kind: 'test',
        spec: SPEC,
        title: 'an event one tab publishes reaches every tab, the publisher too',
      },
    ],
  },
  {
    text: 'sse.claim.six',
    proof: [
      {
        kind: 'test',
        spec: 'test/e2e/server-sent-events.claims.spec.ts',
        title:
          'with six streams open, every other request to the origin waits, from any tab, until one closes',
      },
      {
        kind: 'source',
        url: 'https://developer.mozilla.org/en-US/docs/Web/API/EventSource',
        label: 'MDN, EventSource',
        note: { en: 'connection limit', 'zh-CN': '连接数上限' },
      },
      {
        kind: 'test',
        browser: 'firefox',
        spec: 'test/firefox/server-sent-events.claims.ts',
        title:
          'Firefox: with six streams open, a scripted request waits until one closes; one from a click goes through',
      },
      {
        kind: 'source',
        url: 'https://searchfox.org/mozilla-central/search?q=max-urgent-start-excessive-connections-per-host',
        label: 'Firefox, max-urgent-start-excessive-connections-per-host',
      },
    ],
  },
  {
    text: 'sse.claim.h2',
    proof: [
      {
        kind: 'source',
        url: 'https://http2.github.io/faq/#does-http2-require-encryption',
        label: 'HTTP/2 FAQ, encryption in browsers',
      },
    ],
  },
  {
    text: 'sse.claim.gaveUp',
    proof: [
      {
        kind: 'source',
        url: `${SSE}#sse-processing-model`,
        label: 'HTML Standard, processing model',
      },
    ],
  },
];
