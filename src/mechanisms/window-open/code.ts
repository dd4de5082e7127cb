import type { CodeText } from '../../lib/code-comments';

// The comments in other languages, loaded only when one is chosen.
const comments = { 'zh-CN': () => import('./code.zh-cn') };

export function windowOpenCode(origin: string, features: string): CodeText {
  const text = `// Opener
const popup = window.open('/peer/window-open', 'comms-lab-popup', ${JSON.stringify(features)});
if (!popup) console.warn('blocked (or opened with noopener: then there is no handle either)');

const queue = [];
let ready = false;
window.addEventListener('message', (event) => {
  if (event.source !== popup || event.origin !== ${JSON.stringify(origin)}) return;
  if (event.data === 'ready') {          // the handshake: the popup listens now
    ready = true;
    queue.splice(0).forEach((m) => popup.postMessage(m, ${JSON.stringify(origin)}));
  }
});
function send(message) {
  // Posting before the popup's page listens reaches the old about:blank document: lost.
  if (ready) popup.postMessage(message, ${JSON.stringify(origin)});
  else queue.push(message);
}
send({ text: 'hello' });

// No event says a popup closed: look.
const watch = setInterval(() => { if (popup.closed) clearInterval(watch); }, 500);

// Popup (/peer/window-open)
window.addEventListener('message', (event) => {
  if (event.source !== window.opener || event.origin !== ${JSON.stringify(origin)}) return;
  console.log('from the opener', event.data);
});
window.opener?.postMessage('ready', ${JSON.stringify(origin)}); // null with noopener
`;
  return { text, comments };
}

/** Every variant the page can show, for the test that holds each translation complete. */
export const codeCases = (): CodeText[] => [
  windowOpenCode('http://localhost:4173', 'popup,width=420,height=560'),
  windowOpenCode('http://127.0.0.1:4173', 'noopener'),
];
