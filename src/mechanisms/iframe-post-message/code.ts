import type { CodeText } from '../../lib/code-comments';

// The comments in other languages, loaded only when one is chosen.
const comments = { 'zh-CN': () => import('./code.zh-cn') };

export function iframeCode(
  childOrigin: string,
  targetOrigin: string,
  trusted: readonly string[],
  verify: boolean,
): CodeText {
  const list = trusted.map((o) => JSON.stringify(o)).join(', ');
  const text = `// Parent page
const frame = document.querySelector('iframe'); // src on ${childOrigin}
const TRUSTED = [${list}];

window.addEventListener('message', (event) => {
  ${verify ? 'if (!TRUSTED.includes(event.origin)) return; // exact match: never startsWith, never "null"' : '// ⚠ no origin check: any window can reach this code'}
  console.log('from', event.origin, event.data);
});

// targetOrigin: the browser delivers only if the frame's current document has this origin.
frame.contentWindow.postMessage({ text: 'hello' }, ${JSON.stringify(targetOrigin)});

// Move a big buffer instead of copying it: afterwards buffer.byteLength === 0 here.
const buffer = new ArrayBuffer(10 * 1024 * 1024);
frame.contentWindow.postMessage({ buffer }, ${JSON.stringify(targetOrigin)}, [buffer]);

// A private pipe: port traffic never reaches the window 'message' listener.
const { port1, port2 } = new MessageChannel();
frame.contentWindow.postMessage('port', ${JSON.stringify(targetOrigin)}, [port2]);
port1.onmessage = (event) => console.log('over the port', event.data);

// Child page (inside the frame)
window.addEventListener('message', (event) => {
  if (event.source !== window.parent || event.origin !== ${JSON.stringify(trusted[0] ?? '')}) return;
  event.source.postMessage({ receivedAt: Date.now() }, event.origin); // a receipt
  const [port] = event.ports;
  if (port) port.onmessage = (e) => port.postMessage('echo: ' + e.data);
});
`;
  return { text, comments };
}

/** Every variant the page can show, for the test that holds each translation complete. */
export const codeCases = (): CodeText[] => {
  const app = 'http://localhost:4173';
  const foreign = 'http://127.0.0.1:4174';
  return [true, false].flatMap((verify) =>
    [foreign, '*', app].map((target) => iframeCode(foreign, target, [app, foreign], verify)),
  );
};
