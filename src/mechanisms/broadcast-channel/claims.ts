import './i18n';
import type { Claim } from '../../lib/claim-types';

const SPEC = 'test/e2e/broadcast-channel.spec.ts';
const BROADCASTING =
  'https://html.spec.whatwg.org/multipage/web-messaging.html#broadcasting-to-other-browsing-contexts';

/** What the BroadcastChannel page teaches, each with the test or source that backs it. */
export const claims: readonly Claim[] = [
  {
    text: 'bc.teach.noEcho',
    proof: [
      {
        kind: 'test',
        spec: 'test/e2e/broadcast-channel.claims.spec.ts',
        title: 'a second BroadcastChannel object in the sending tab receives the message',
      },
      {
        kind: 'test',
        spec: SPEC,
        title: 'a message typed in A appears in B with a latency, and A gets no copy',
      },
      { kind: 'source', url: BROADCASTING, label: 'HTML Standard, postMessage() on a channel' },
      {
        kind: 'test',
        browser: 'firefox',
        spec: 'test/firefox/broadcast-channel.claims.ts',
        title: 'Firefox: a second BroadcastChannel object in the sending tab receives the message',
      },
    ],
  },
  {
    text: 'bc.teach.sameOrigin',
    proof: [{ kind: 'source', url: BROADCASTING, label: 'HTML Standard, same storage key' }],
  },
  {
    text: 'bc.teach.clone',
    proof: [
      { kind: 'test', spec: SPEC, title: 'structured values arrive as the same types' },
      {
        kind: 'test',
        spec: SPEC,
        title: 'a function cannot be cloned: DataCloneError in the page and the log, nothing sent',
      },
    ],
  },
  {
    text: 'bc.teach.close',
    proof: [
      {
        kind: 'test',
        spec: SPEC,
        title: 'posting on a closed channel throws InvalidStateError, shown and logged',
      },
    ],
  },
];
