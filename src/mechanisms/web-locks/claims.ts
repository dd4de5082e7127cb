import './i18n';
import type { Claim } from '../../lib/claim-types';

const SPEC = 'test/e2e/web-locks.spec.ts';
const WEB_LOCKS = 'https://w3c.github.io/web-locks/';

/** What the Web Locks page teaches, each with the test or source that backs it. */
export const claims: readonly Claim[] = [
  {
    text: 'wl.teach.naive',
    proof: [
      {
        kind: 'test',
        spec: 'test/e2e/web-locks.naive.spec.ts',
        title:
          'seven naive tabs: the seventh hangs and /api/health waits; seven leader tabs: it answers at once',
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
  {
    text: 'wl.teach.one',
    proof: [
      {
        kind: 'test',
        spec: SPEC,
        title:
          'one tab leads and holds the only feed; a message typed in a follower reaches every tab',
      },
    ],
  },
  {
    text: 'wl.teach.handover',
    proof: [
      {
        kind: 'test',
        spec: SPEC,
        title: 'closing the leader makes the next tab leader, which resumes the feed with no gap',
      },
      {
        kind: 'test',
        spec: SPEC,
        title: 'a leader that steps down queues at the back, and the next tab leads',
      },
      {
        kind: 'source',
        url: `${WEB_LOCKS}#api-lock-manager-request`,
        label: 'Web Locks API, request()',
      },
      {
        kind: 'source',
        url: 'https://developer.mozilla.org/en-US/docs/Web/API/Web_Locks_API',
        label: 'MDN, Web Locks API',
      },
    ],
  },
  {
    text: 'wl.teach.resume',
    proof: [
      {
        kind: 'test',
        spec: SPEC,
        title: 'closing the leader makes the next tab leader, which resumes the feed with no gap',
      },
      {
        kind: 'source',
        // The one-page edition: its multipage file name would be another mechanism's id here.
        url: 'https://html.spec.whatwg.org/#the-last-event-id-header',
        label: 'HTML Standard, the Last-Event-ID header',
      },
    ],
  },
  {
    text: 'wl.teach.query',
    proof: [
      {
        kind: 'test',
        spec: SPEC,
        title: 'the lock queue shows who holds the lock and who waits, in order',
      },
      {
        kind: 'source',
        url: 'https://developer.mozilla.org/en-US/docs/Web/API/LockManager/query',
        label: 'MDN, LockManager.query()',
      },
      {
        kind: 'source',
        url: `${WEB_LOCKS}#api-lock-manager-query`,
        label: 'Web Locks API, query()',
      },
    ],
  },
];
