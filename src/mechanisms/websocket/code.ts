import type { CodeText } from '../../lib/code-comments';

// The comments in other languages, loaded only when one is chosen.
const comments = { 'zh-CN': () => import('./code.zh-cn') };

export function websocketCode(room: string): CodeText {
  const text = `// Browser: a WebSocket does not come back by itself; reconnecting is your code.
let socket, attempt = 0, manual = false;
const queue = [];                                     // typed while offline: sent later, not lost

function connect() {
  socket = new WebSocket(\`ws://\${location.host}/ws\`);
  socket.binaryType = 'arraybuffer';
  socket.onopen = () => {
    attempt = 0;
    socket.send(JSON.stringify({ kind: 'join', body: { room: ${JSON.stringify(room)} } }));
    queue.splice(0).forEach((text) => socket.send(text));
  };
  socket.onmessage = (event) => show(event.data);    // a string, or an ArrayBuffer
  socket.onclose = (event) => {                       // 1000 normal, 1001 going away, 1006 dropped, 1009 too big
    if (manual) return;                               // the person pressed Disconnect
    const step = Math.min(15000, 500 * 2 ** attempt++);
    setTimeout(connect, step / 2 + Math.random() * step / 2);   // backoff with jitter
  };
}
function send(text) {
  if (socket.readyState === WebSocket.OPEN) socket.send(text);
  else queue.push(text);
}

// Node server (the ws package), sharing the page's HTTP server:
const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
server.on('upgrade', (req, socket, head) => {
  if (!allowedOrigins.has(req.headers.origin)) return socket.end('HTTP/1.1 403 Forbidden\\r\\n\\r\\n');
  wss.handleUpgrade(req, socket, head, (ws) => {
    ws.missed = 0;                                    // without it, missed++ is NaN and never >= 2
    ws.on('pong', () => (ws.missed = 0));
    ws.on('message', (data, isBinary) => { /* validate, rate-limit, relay to the room */ });
  });
});
setInterval(() => wss.clients.forEach((ws) => (ws.missed++ >= 2 ? ws.terminate() : ws.ping())), 15000);
`;
  return { text, comments };
}

/** Every variant the page can show, for the test that holds each translation complete. */
export const codeCases = (): CodeText[] => [websocketCode('lobby'), websocketCode('room "b"')];
