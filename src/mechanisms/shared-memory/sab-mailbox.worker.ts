// A dedicated worker that shares memory with its page. As the mailbox it blocks in Atomics.wait
// (allowed in a worker, not on a page's main thread) until the page publishes a message in the
// ring, then answers through the other ring. As a counter it adds 1 to a shared cell as fast as
// it can, with Atomics.add or with a plain `cell = cell + 1`, to show lost updates.
// https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Atomics/wait
import { createEnvelopeFactory } from '../../lib/envelope-factory';
import { parseEnvelope, type PeerRef } from '../../shared/envelope';
import { isJob, MAILBOX_WORKER, type CounterReport } from './protocol';
import { CELL, cellsOf, COUNTER, emptyWait, TO_PAGE, TO_WORKER, tryRead, tryWrite } from './ring';

type Scope = {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
};
const scope = globalThis as unknown as Scope;
const envelope = createEnvelopeFactory('shared-memory');
const self: PeerRef = {
  id: `worker-${Math.random().toString(36).slice(2, 10)}`,
  name: MAILBOX_WORKER,
  color: '#b45309',
  kind: 'worker',
};

function runMailbox(buffer: SharedArrayBuffer): never {
  const cells = cellsOf(buffer);
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  Atomics.store(cells, CELL.ready, 1);
  Atomics.notify(cells, CELL.ready);
  for (;;) {
    const idle = emptyWait(buffer, TO_WORKER);
    if (idle !== null) {
      // Sleeps this thread until the page's Atomics.notify (or returns at once if the count moved).
      Atomics.wait(cells, TO_WORKER.write, idle);
      Atomics.add(cells, CELL.wakes, 1);
      continue;
    }
    const bytes = tryRead(buffer, TO_WORKER);
    if (!bytes) continue;
    let answer: unknown;
    try {
      const parsed = parseEnvelope(JSON.parse(decoder.decode(bytes)));
      answer = parsed.ok
        ? envelope(
            self,
            'echo',
            { ref: parsed.envelope.id, echo: parsed.envelope.body },
            parsed.envelope.sender.id,
          )
        : { raw: 'not an envelope', reason: parsed.reason };
    } catch (error) {
      answer = { raw: 'not JSON', reason: String(error) };
    }
    const out = encoder.encode(JSON.stringify(answer));
    // The page's ring is full: block until it reads one (it notifies its read counter).
    for (let r = tryWrite(buffer, TO_PAGE, out); r === 'full'; r = tryWrite(buffer, TO_PAGE, out))
      Atomics.wait(cells, TO_PAGE.read, Atomics.load(cells, TO_PAGE.read));
  }
}

function runCounter(buffer: SharedArrayBuffer, atomic: boolean, ms: number) {
  const cells = new Int32Array(buffer);
  const report = (message: CounterReport) => scope.postMessage(message);
  report({ report: 'waiting' });
  // Both counters wait here, so the page's one notify starts them together.
  Atomics.wait(cells, COUNTER.gate, 0);
  let added = 0;
  const until = performance.now() + ms;
  while (performance.now() < until) {
    for (let i = 0; i < 2048; i++) {
      if (atomic) Atomics.add(cells, COUNTER.cell, 1);
      // Read, add, write: another thread's write between the read and the write is lost.
      else cells[COUNTER.cell] = (cells[COUNTER.cell] ?? 0) + 1;
    }
    added += 2048;
  }
  report({ report: 'done', added });
}

scope.addEventListener('message', (event: MessageEvent) => {
  const data: unknown = event.data;
  if (!isJob(data)) return;
  if (data.job === 'mailbox') runMailbox(data.buffer);
  else runCounter(data.buffer, data.atomic, data.ms);
});
