// What the page posts to its workers once, at start: the shared buffer itself (shared, not
// copied: both sides then see the same memory) and the job. After that the mailbox worker hears
// only through the buffer, and posts nothing.

export type WorkerJob =
  | { job: 'mailbox'; buffer: SharedArrayBuffer }
  | {
      job: 'count';
      buffer: SharedArrayBuffer;
      /** Atomics.add, or a plain read-modify-write (`cell = cell + 1`). */
      atomic: boolean;
      /** How long to keep adding, once the gate opens. */
      ms: number;
    };

/** Counter worker → page. */
export type CounterReport =
  | { report: 'waiting' }
  /** How many additions this worker made (its own count, kept in a local variable). */
  | { report: 'done'; added: number };

export const isJob = (data: unknown): data is WorkerJob =>
  typeof data === 'object' &&
  data !== null &&
  typeof (data as { job?: unknown }).job === 'string' &&
  (data as { buffer?: unknown }).buffer instanceof SharedArrayBuffer;

export const isReport = (data: unknown): data is CounterReport =>
  typeof data === 'object' &&
  data !== null &&
  typeof (data as { report?: unknown }).report === 'string';

export const MAILBOX_WORKER = 'Mailbox worker';
