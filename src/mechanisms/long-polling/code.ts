import type { CodeText } from '../../lib/code-comments';

// The comments in other languages, loaded only when one is chosen.
const comments = { 'zh-CN': () => import('./code.zh-cn') };

// The code panel: the three ways as a page would write them, following the resume switch.
export function longPollingCode(resume: boolean): CodeText {
  const keep = resume
    ? '// keep `after`: the next poll asks for everything since the last id'
    : 'after = null; // resume off: start again from now (the gap is lost)';
  const text = `// 1. Long polling: one held fetch at a time, asked again after every answer.
let after = null;
for (;;) {
  try {
    const url = '/api/poll' + (after ? '?after=' + after : '');
    const response = await fetch(url); // held until an event comes, or 25 s (204)
    if (response.status === 204) { after = response.headers.get('X-Feed-Cursor'); continue; }
    const { events, cursor, reset } = await response.json(); // reset: the id was trimmed
    for (const e of events) show(e.id, e.data);
    after = cursor;
  } catch {
    ${keep}
    await new Promise((r) => setTimeout(r, 1000));
  }
}

// 2. Server-Sent Events: one stream; the browser reconnects and sends Last-Event-ID itself.
const feed = new EventSource('/sse');
feed.addEventListener('message', (e) => show(e.lastEventId, JSON.parse(e.data)));

// 3. WebSocket: one socket; nothing resumes unless the page sends its last id.
let lastId = null;
function connect() {
  const ws = new WebSocket('/ws/feed' + (${resume ? 'lastId' : 'false'} ? '?after=' + lastId : ''));
  ws.onmessage = (m) => { const f = JSON.parse(m.data); if (f.type === 'event') show((lastId = f.id), f.data); };
  ws.onclose = () => setTimeout(connect, 1000);
}
connect();
`;
  return { text, comments };
}

/** Every variant the page can show, for the test that holds each translation complete. */
export const codeCases = (): CodeText[] => [longPollingCode(true), longPollingCode(false)];
