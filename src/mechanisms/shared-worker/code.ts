import type { CodeText } from '../../lib/code-comments';

// The comments in other languages, loaded only when one is chosen.
const comments = { 'zh-CN': () => import('./code.zh-cn') };

export function sharedWorkerCode(goodbye: boolean): CodeText {
  const text = `// page.js, in every tab: the same URL and name give every tab the same worker.
const hub = new SharedWorker(new URL('./hub.worker.js', import.meta.url), {
  type: 'module',
  name: 'comms-lab-hub',
});
hub.port.onmessage = (event) => console.log('from the hub', event.data); // starts the port
hub.port.postMessage({ text: 'hello, every other tab' });

// Nothing tells the hub that a tab closed: say you are alive, and say goodbye.
setInterval(() => hub.port.postMessage({ hub: 'heartbeat' }), 1000);
${goodbye ? "addEventListener('pagehide', () => hub.port.postMessage({ hub: 'bye' }));" : '// (no goodbye on pagehide: the hub only notices when the heartbeats stop)'}

// hub.worker.js: one instance for the whole origin, alive while any tab holds a port.
const ports = new Set();
onconnect = (event) => {
  const port = event.ports[0];
  ports.add(port);
  port.onmessage = (e) => {
    if (e.data.hub === 'bye') return ports.delete(port);
    for (const other of ports) if (other !== port) other.postMessage(e.data);
  };
};
`;
  return { text, comments };
}

/** Every variant the page can show, for the test that holds each translation complete. */
export const codeCases = (): CodeText[] => [sharedWorkerCode(true), sharedWorkerCode(false)];
