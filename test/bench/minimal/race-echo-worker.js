// The minimal race's dedicated worker: what the app's race worker does with a race envelope
// (src/mechanisms/worker-message-channel/echo.worker.ts): posts its payload straight back to the
// page that created it. A module worker, as the app's is.
// https://html.spec.whatwg.org/multipage/workers.html#dedicated-workers-and-the-worker-interface
import { raceReply } from './race-reply.js';

const me = { id: 'minimal-worker', name: 'Minimal worker', color: '#0e7490', kind: 'worker' };
let seq = 0;
addEventListener('message', (event) => {
  const reply = raceReply(event.data, me, seq + 1);
  if (!reply) return;
  seq++;
  postMessage(reply);
});
