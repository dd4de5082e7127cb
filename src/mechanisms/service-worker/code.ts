import type { CodeText } from '../../lib/code-comments';
import { RELAY_MODES } from '../../shared/relay';

// The comments in other languages, loaded only when one is chosen.
const comments = { 'zh-CN': () => import('./code.zh-cn') };

export function serviceWorkerCode(mode: string): CodeText {
  const text = `// Page (every tab)
// type: 'module' needs Chrome 91, Safari 15 or Firefox 147 and later.
const registration = await navigator.serviceWorker.register('/sw.js?v=1', { type: 'module', scope: '/' });
navigator.serviceWorker.addEventListener('message', (event) => console.log('relayed', event.data));

const queue = [];
function send(message) {
  const worker = navigator.serviceWorker.controller; // null until this page is controlled
  if (worker) worker.postMessage({ type: 'relay', mode: ${JSON.stringify(mode)}, message });
  else queue.push(message);                            // wait, do not lose it
}
navigator.serviceWorker.addEventListener('controllerchange', () => queue.splice(0).forEach(send));

// Worker (/sw.js): no state that must survive; the browser stops idle workers.
self.addEventListener('message', (event) => {
  event.waitUntil((async () => {
    const tabs = await self.clients.matchAll({ type: 'window' });
    for (const tab of tabs) {
      if (${JSON.stringify(mode)} === 'others' && tab.id === event.source.id) continue;
      tab.postMessage(event.data.message);
    }
  })());
});
// Explicit, so a class can watch the lifecycle: self.skipWaiting(); self.clients.claim();
`;
  return { text, comments };
}

/** Every variant the page can show, for the test that holds each translation complete. */
export const codeCases = (): CodeText[] => RELAY_MODES.map(serviceWorkerCode);
