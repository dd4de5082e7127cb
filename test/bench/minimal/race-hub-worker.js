// The minimal race's SharedWorker: what the app's hub does with a race envelope
// (src/mechanisms/shared-worker/hub.worker.ts): answers it on the port it came from. Each tab that
// connects gets its own MessagePort in a `connect` event; setting onmessage starts the port.
// https://html.spec.whatwg.org/multipage/workers.html#shared-workers-and-the-sharedworker-interface
import { raceReply } from './race-reply.js';

const me = { id: 'minimal-hub', name: 'Minimal hub', color: '#0f766e', kind: 'worker' };
let seq = 0;
addEventListener('connect', (event) => {
  const port = event.ports[0];
  if (!port) return;
  port.onmessage = (message) => {
    const reply = raceReply(message.data, me, seq + 1);
    if (!reply) return;
    seq++;
    port.postMessage(reply);
  };
});
