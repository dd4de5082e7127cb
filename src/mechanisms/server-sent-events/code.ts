import type { CodeText } from '../../lib/code-comments';
import { SSE_EVENT_TYPES } from '../../shared/server-protocol';

// The comments in other languages, loaded only when one is chosen.
const comments = { 'zh-CN': () => import('./code.zh-cn') };

export function sseCode(listening: readonly string[]): CodeText {
  const text = `// Browser: one EventSource; the browser reconnects by itself and sends Last-Event-ID.
const source = new EventSource('/sse');
source.onopen = () => show('OPEN');
source.onerror = () => show(source.readyState === EventSource.CONNECTING ? 'reconnecting…' : 'gave up');
source.onmessage = (event) => show(event.data);       // unnamed events only
${listening
  .filter((type) => type !== 'message')
  .map(
    (type) =>
      `source.addEventListener(${JSON.stringify(type)}, (event) => show(event.lastEventId, event.data));`,
  )
  .join('\n')}
// source.close() is final: no more reconnects.

// Server (Node): keep the response open and write records separated by a blank line.
res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store' });
res.write('retry: 2000\\n\\n');                        // the browser waits 2 s before reconnecting
const from = req.headers['last-event-id'];            // "<epoch>-<seq>": replay what came after it
for (const event of buffer.after(from)) res.write(event.record);
res.write(\`id: \${epoch}-\${++seq}\\nevent: time\\ndata: \${JSON.stringify(body)}\\n\\n\`);
setInterval(() => res.write(': heartbeat\\n\\n'), 15000);   // a comment keeps proxies from timing out
req.on('close', () => subscribers.delete(res));
`;
  return { text, comments };
}

/** Every variant the page can show, for the test that holds each translation complete. */
export const codeCases = (): CodeText[] => [
  sseCode(SSE_EVENT_TYPES),
  sseCode([]),
  sseCode(SSE_EVENT_TYPES.slice(0, 2)),
];
