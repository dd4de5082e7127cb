import type { CodeText } from '../../lib/code-comments';

// The comments in other languages, loaded only when one is chosen.
const comments = { 'zh-CN': () => import('./code.zh-cn') };

export function sharedMemoryCode({
  notify,
  atomic,
}: {
  notify: boolean;
  atomic: boolean;
}): CodeText {
  const text = `// Served with these headers (this route only), on localhost or https:
//   Cross-Origin-Opener-Policy: same-origin
//   Cross-Origin-Embedder-Policy: require-corp
console.log(crossOriginIsolated); // true: SharedArrayBuffer is defined

// page.js: one block of memory, shared (not copied) with the worker.
const buffer = new SharedArrayBuffer(64 + 2 * 8 * 1024);
const cells = new Int32Array(buffer, 0, 16);
const worker = new Worker('mailbox.js', { type: 'module' });
worker.postMessage(buffer); // no transfer list: both sides keep it

function send(text) {
  const bytes = new TextEncoder().encode(JSON.stringify({ text }));
  const n = Atomics.load(cells, WRITE);
  writeSlot(buffer, n % 8, bytes);  // plain stores into the slot
  Atomics.store(cells, WRITE, n + 1); // publishes it: seen after the bytes
${notify ? '  Atomics.notify(cells, WRITE);      // wakes the sleeping worker' : '  // Atomics.notify(cells, WRITE) is missing: the worker sleeps on, the message waits'}
}

// Atomics.wait(cells, 0, 0) here throws TypeError: a main thread may not block.
const { value } = Atomics.waitAsync(cells, REPLY_WRITE, seen); // a promise instead
await value;

// mailbox.js (the worker): blocking is allowed here.
onmessage = ({ data: buffer }) => {
  const cells = new Int32Array(buffer, 0, 16);
  for (;;) {
    const n = Atomics.load(cells, WRITE);
    if (n === Atomics.load(cells, READ)) Atomics.wait(cells, WRITE, n); // sleep until notified
    else answer(readSlot(buffer, Atomics.add(cells, READ, 1) % 8));
  }
};

// Two workers adding to one cell:
${atomic ? 'Atomics.add(counter, 0, 1);          // one indivisible read-add-write: nothing lost' : 'counter[0] = counter[0] + 1;         // read, add, write: the other thread’s write in between is lost'}

// Another tab is another agent cluster: it never gets the memory. (Chromium's BroadcastChannel
// delivers null in the buffer's place to every receiver, even in this tab; no error is thrown.)
new BroadcastChannel('share').postMessage(buffer);
`;
  return { text, comments };
}

/** Every variant the page can show, for the test that holds each translation complete. */
export const codeCases = (): CodeText[] =>
  [true, false].flatMap((notify) =>
    [true, false].map((atomic) => sharedMemoryCode({ notify, atomic })),
  );
