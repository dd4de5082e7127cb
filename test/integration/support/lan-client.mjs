// Runs inside a network namespace (a second host on a veth pair): reaches the server's printed URL
// over HTTP, WebSocket and SSE, and prints one JSON line with what each answered.
import WebSocket from 'ws';

const url = process.argv[2];
const origin = url.replace(/\/$/, '');
const timeout = (ms) => new Promise((resolve) => setTimeout(() => resolve('timeout'), ms));

async function http() {
  try {
    return (await fetch(`${url}api/health`, { signal: AbortSignal.timeout(3000) })).status;
  } catch (error) {
    return String(error.cause?.code ?? error.name);
  }
}

function ws() {
  return new Promise((resolve) => {
    const socket = new WebSocket(`${url.replace(/^http/, 'ws')}ws`, { origin });
    socket.on('message', (data) => {
      if (JSON.parse(String(data)).kind === 'welcome') resolve('welcome');
      socket.terminate();
    });
    socket.on('unexpected-response', (_req, res) => resolve(`HTTP ${res.statusCode}`));
    socket.on('error', (error) => resolve(String(error.code ?? error.message)));
  });
}

async function sse() {
  try {
    const controller = new AbortController();
    const res = await fetch(`${url}sse`, { signal: controller.signal });
    const reader = res.body.getReader();
    let text = '';
    while (!text.includes('event: ready')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    controller.abort();
    return text.includes('event: ready') ? 'ready' : 'no ready';
  } catch (error) {
    return String(error.cause?.code ?? error.name);
  }
}

const result = {
  http: await Promise.race([http(), timeout(4000)]),
  ws: await Promise.race([ws(), timeout(4000)]),
  sse: await Promise.race([sse(), timeout(4000)]),
};
console.log(JSON.stringify(result));
process.exit(0);
