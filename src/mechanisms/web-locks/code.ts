import type { CodeText } from '../../lib/code-comments';

// The comments in other languages, loaded only when one is chosen.
const comments = { 'zh-CN': () => import('./code.zh-cn') };

const naiveCode = `// The naive way: every tab opens its own stream.
const feed = new EventSource('/sse');
feed.addEventListener('time', (event) => console.log(event.data));

// Over HTTP/1.1 the browser keeps at most 6 connections per origin, for all tabs together.
// Six tabs like this hold them all: a 7th tab hangs while loading, and this waits too:
const started = performance.now();
await fetch('/api/health'); // queued until one of the streams closes
console.log(performance.now() - started, 'ms');
`;

const leaderCode = (
  resume: boolean,
) => `// Every tab runs this. One of them gets the lock; the others wait in line.
const channel = new BroadcastChannel('comms-lab-leader');
let lastEventId = null;
channel.onmessage = (event) => (lastEventId = event.data.id); // followers hear the leader

navigator.locks.request('comms-lab-leader', async () => {
  // Granted: this tab leads until it closes (the browser then grants the next request).
  const url = new URL('/sse', location.href);
  ${resume ? "if (lastEventId) url.searchParams.set('lastEventId', lastEventId); // replay the gap" : '// no Last-Event-ID: whatever came during the takeover is lost'}
  const feed = new EventSource(url);
  feed.addEventListener('time', (event) => {
    channel.postMessage({ id: event.lastEventId, data: event.data });
  });
  await new Promise(() => {}); // hold the lock for the life of the tab
});

// Who holds it, who waits:
const { held, pending } = await navigator.locks.query();
`;

export function webLocksCode(resume: boolean, naive = false): CodeText {
  return { text: naive ? naiveCode : leaderCode(resume), comments };
}

/** Every variant the page can show, for the test that holds each translation complete. */
export const codeCases = (): CodeText[] =>
  [true, false].flatMap((resume) => [webLocksCode(resume), webLocksCode(resume, true)]);
