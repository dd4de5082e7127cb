import type { CodeText } from '../../lib/code-comments';

// The comments in other languages, loaded only when one is chosen.
const comments = { 'zh-CN': () => import('./code.zh-cn') };

export function workerCode(callStart: boolean): CodeText {
  const text = `// page.js: a dedicated worker belongs to this page alone.
const worker = new Worker(new URL('./echo.worker.js', import.meta.url), { type: 'module' });
worker.onmessage = (event) => console.log('from the worker', event.data);

// Structured clone: a copy arrives. A function or a DOM node throws DataCloneError here.
worker.postMessage({ text: 'hello' });

// Transfer instead of copy: the buffer moves, and this side is left with byteLength 0.
const buffer = new ArrayBuffer(16 * 1024 * 1024);
worker.postMessage(buffer, [buffer]);
console.log(buffer.byteLength); // 0

// A private pipe: one end stays here, the other is transferred to the worker.
const { port1, port2 } = new MessageChannel();
port1.addEventListener('message', (event) => console.log('on the port', event.data));
${callStart ? 'port1.start(); // needed with addEventListener (onmessage = … starts it by itself)' : '// port1.start() is missing: the messages wait in the port, and none arrives'}
worker.postMessage({ control: 'port-ticks' }, [port2]);

// Two workers can share a channel too, and then talk without the page:
// workerA.postMessage('link', [channel.port1]); workerB.postMessage('link', [channel.port2]);

// Stopped at once; what is posted afterwards throws nothing and goes nowhere.
worker.terminate();

// echo.worker.js
self.onmessage = (event) => {
  if (event.ports[0]) event.ports[0].postMessage('tick');
  else self.postMessage({ echo: event.data });
};
`;
  return { text, comments };
}

/** Every variant the page can show, for the test that holds each translation complete. */
export const codeCases = (): CodeText[] => [workerCode(true), workerCode(false)];
