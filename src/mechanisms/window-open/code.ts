export function windowOpenCode(origin: string, features: string): string {
  return `// Opener
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
}
