import './i18n';
import type { Claim } from '../../lib/claim-types';

const SPEC = 'test/e2e/shared-worker.spec.ts';
const WORKERS = 'https://html.spec.whatwg.org/multipage/workers.html';

/** What the SharedWorker page teaches, each with the test or source that backs it. */
export const claims: readonly Claim[] = [
  {
    text: 'shw.teach.one',
    proof: [
      {
        kind: 'test',
        spec: SPEC,
        title: 'a message typed in A is relayed by the hub to B and C, not back to A',
      },
      {
        kind: 'source',
        url: `${WORKERS}#shared-workers-and-the-sharedworker-interface`,
        label: 'HTML Standard, the SharedWorker constructor',
      },
    ],
  },
  {
    text: 'shw.teach.state',
    proof: [
      {
        kind: 'test',
        spec: SPEC,
        title: 'every tab sees the same worker state: one hub id, one count, every port',
      },
    ],
  },
  {
    text: 'shw.teach.lifetime',
    proof: [
      {
        kind: 'test',
        spec: SPEC,
        title: 'the worker ends with the last tab: the next tab gets a new hub',
      },
      {
        kind: 'source',
        url: `${WORKERS}#the-worker's-lifetime`,
        label: 'HTML Standard, the worker’s lifetime',
      },
    ],
  },
  {
    text: 'shw.teach.heartbeat',
    proof: [
      {
        kind: 'test',
        spec: SPEC,
        title: 'without a goodbye, only the missing heartbeat tells the hub that a tab closed',
      },
      { kind: 'test', spec: SPEC, title: 'a tab that says goodbye is dropped at once' },
      {
        // The close event on MessagePort was proposed and withdrawn; WPT now checks it never fires.
        kind: 'source',
        url: 'https://github.com/web-platform-tests/wpt/blob/master/webmessaging/message-channels/historical.any.js',
        label: 'WPT, MessagePort has no close event',
      },
    ],
  },
];
