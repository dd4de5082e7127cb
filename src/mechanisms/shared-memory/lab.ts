// The page's experiments besides the mailbox: blocking on the main thread, and two workers adding
// to one shared cell with and without Atomics.
import { errorInfo, type ErrorInfo } from '../../lib/error-info';
import { isReport, type WorkerJob } from './protocol';
import { COUNTER, COUNTER_BYTES } from './ring';
import { spawnWorker } from './spawn';

/**
 * Atomics.wait on a page's main thread: the agent's [[CanBlock]] is false there, so it throws a
 * TypeError (timeout 0, so a browser that allowed it would not hang this page).
 * https://tc39.es/ecma262/#sec-validateintegertypedarray (DoWait step: AgentCanSuspend)
 */
export function waitOnMainThread(): { threw: ErrorInfo } | { returned: string } {
  try {
    const cells = new Int32Array(new SharedArrayBuffer(4));
    return { returned: Atomics.wait(cells, 0, 0, 0) };
  } catch (error) {
    return { threw: errorInfo(error) };
  }
}

/**
 * Why a count did not finish, said by the app (the panel writes it in the reader's language):
 * a counter worker failed (with the browser's words from its ErrorEvent, when it gave any), or
 * the two did not report in time. Anything else (no SharedArrayBuffer, a refused Worker) is
 * thrown as the browser threw it.
 */
export class CountFailed extends Error {
  override name = 'CountFailed';
  constructor(
    readonly why: 'worker' | 'timeout',
    readonly browserWords = '',
  ) {
    super(why === 'worker' ? `a counter worker failed: ${browserWords}` : 'the counters timed out');
  }
}

export type CountResult = {
  atomic: boolean;
  /** Each worker's own count of its additions. */
  added: readonly [number, number];
  /** What the shared cell holds at the end. */
  total: number;
  lost: number;
  ms: number;
};

/** How long past its run a count may take to report before it is given up. */
export const COUNT_GRACE_MS = 15_000;

/** Two workers add 1 to one shared cell for `ms` each, started together by one notify. */
export async function countTogether(atomic: boolean, ms = 300): Promise<CountResult> {
  const buffer = new SharedArrayBuffer(COUNTER_BYTES);
  const cells = new Int32Array(buffer);
  // One by one: a page that refuses the second Worker (it throws) must not leave the first waiting.
  const workers: Worker[] = [];
  try {
    for (const name of ['Counter 1', 'Counter 2']) workers.push(spawnWorker(name));
  } catch (error) {
    workers.forEach((w) => w.terminate());
    throw error;
  }
  const waiting: Promise<void>[] = [];
  const done: Promise<number>[] = [];
  for (const worker of workers) {
    let ready = () => {};
    let finish = (_added: number) => {};
    let fail = (_error: Error) => {};
    waiting.push(new Promise<void>((resolve) => (ready = resolve)));
    done.push(
      new Promise<number>((resolve, reject) => {
        finish = resolve;
        fail = reject;
      }),
    );
    worker.onmessage = (event: MessageEvent) => {
      if (!isReport(event.data)) return;
      if (event.data.report === 'waiting') ready();
      else finish(event.data.added);
    };
    worker.onerror = (event) => fail(new CountFailed('worker', event.message));
    const job: WorkerJob = { job: 'count', buffer, atomic, ms };
    worker.postMessage(job);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CountFailed('timeout')), ms + COUNT_GRACE_MS);
  });
  try {
    await Promise.race([Promise.all(waiting), expired]);
    // Open the gate, then wake both: a worker not yet asleep sees 1 and does not wait at all.
    Atomics.store(cells, COUNTER.gate, 1);
    Atomics.notify(cells, COUNTER.gate);
    const [a, b] = await Promise.race([Promise.all(done), expired]);
    const total = Atomics.load(cells, COUNTER.cell);
    const added = [a ?? 0, b ?? 0] as const;
    return { atomic, added, total, lost: added[0] + added[1] - total, ms };
  } finally {
    clearTimeout(timer);
    workers.forEach((w) => w.terminate());
  }
}
