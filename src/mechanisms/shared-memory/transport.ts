// The page's side of the shared mailbox: one SharedArrayBuffer shared with a dedicated worker.
// Sending writes the envelope's JSON into the page → worker ring and wakes the worker with
// Atomics.notify; the worker's answer comes back through the other ring, awaited with
// Atomics.waitAsync (the page's main thread may not block: Atomics.wait throws there).
// SharedArrayBuffer exists only in a cross-origin isolated document.
// https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/SharedArrayBuffer#security_requirements
import { now } from '../../lib/clock';
import { byteSize } from '../../lib/describe-value';
import { createEmitter } from '../../lib/emitter';
import { errorInfo } from '../../lib/error-info';
import { openFailed, receivedEvent, sendFailed, workerError } from '../../lib/transport-events';
import type { Transport, TransportEvent, TransportOptions } from '../../lib/transport-types';
import type { Envelope } from '../../shared/envelope';
import { MAILBOX_WORKER, type WorkerJob } from './protocol';
import {
  CELL,
  cellsOf,
  emptyWait,
  MAILBOX_BYTES,
  SLOTS,
  TO_PAGE,
  TO_WORKER,
  tryRead,
  tryWrite,
} from './ring';
import { hasWaitAsync, spawnWorker, waitAsync } from './spawn';
import { createTabShare, type TabShare } from './tab-share';

export type MailboxState = {
  running: boolean;
  /** Messages in the page → worker ring the worker has not taken yet. */
  unread: number;
  /** How often the worker woke from Atomics.wait. */
  wakes: number;
  waitAsync: 'native' | 'polling';
};

export interface SharedMemoryTransport extends Transport {
  state(): MailboxState;
  onChange(listener: () => void): () => void;
  /** Whether a send wakes the worker (the break-it switch leaves it asleep). */
  setNotify(on: boolean): void;
  /** Wakes the worker now, for what was written without a notify. */
  notifyNow(): void;
  /** The buffer over BroadcastChannel to this tab's second channel and to every other tab. */
  tabs: TabShare | null;
}

const EMPTY: MailboxState = { running: false, unread: 0, wakes: 0, waitAsync: 'native' };

export function createSharedMemoryTransport({
  address,
  self,
}: TransportOptions): SharedMemoryTransport {
  const events = createEmitter<TransportEvent>();
  const changes = createEmitter<void>();
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  let buffer: SharedArrayBuffer | null = null;
  let worker: Worker | null = null;
  let notify = true;
  let open = false;
  let state = EMPTY;
  const transport: SharedMemoryTransport = {
    label: `${address} · SharedArrayBuffer`,
    state: () => state,
    onChange: changes.subscribe,
    subscribe: events.subscribe,
    tabs: null,
    connect() {
      if (open) return;
      try {
        // Throws ReferenceError where the document is not cross-origin isolated: the constructor
        // is not even defined there.
        buffer = new SharedArrayBuffer(MAILBOX_BYTES);
        worker = spawnWorker(MAILBOX_WORKER);
      } catch (error) {
        events.emit(openFailed(error));
        return;
      }
      worker.addEventListener('error', (event: ErrorEvent) => {
        event.preventDefault();
        const error = workerError(event, 'the worker script failed to load');
        events.emit({ type: 'error', at: now(), error });
      });
      // The buffer is shared, not copied: no transfer list, and both sides see the same bytes.
      const job: WorkerJob = { job: 'mailbox', buffer };
      worker.postMessage(job);
      open = true;
      transport.tabs = createTabShare(
        buffer,
        self,
        events.emit,
        (name) => new BroadcastChannel(name),
      );
      refresh();
      events.emit({ type: 'status', at: now(), status: 'open', manual: false });
      void pump(buffer);
    },
    send(envelope: Envelope): SendResult {
      if (!buffer || !open)
        return sendFailed(events.emit, new Error('the shared buffer is not set up'), envelope.body);
      const bytes = encoder.encode(JSON.stringify(envelope));
      const result = tryWrite(buffer, TO_WORKER, bytes, notify);
      refresh();
      if (result !== 'ok') {
        const error = new RangeError(
          result === 'full'
            ? `the ring is full: ${SLOTS} messages wait for the worker, which sleeps until notified`
            : `${bytes.length} bytes do not fit in a ${SLOTS}-slot ring's slot`,
        );
        error.name = result === 'full' ? 'RingFull' : 'TooLong';
        return sendFailed(events.emit, error, envelope.body);
      }
      const to = notify ? MAILBOX_WORKER : `${MAILBOX_WORKER} (not notified)`;
      events.emit({ type: 'sent', at: now(), envelope, size: byteSize(envelope.body), to });
      return { ok: true };
    },
    setNotify(on) {
      notify = on;
    },
    notifyNow() {
      if (buffer) Atomics.notify(cellsOf(buffer), TO_WORKER.write);
      setTimeout(refresh, 50);
    },
    close() {
      if (!open) return;
      open = false;
      worker?.terminate();
      transport.tabs?.close();
      // Wakes this page's own waitAsync, so the pump sees it is closed.
      if (buffer) Atomics.notify(cellsOf(buffer), TO_PAGE.write);
      state = { ...state, running: false };
      changes.emit();
      events.emit({ type: 'status', at: now(), status: 'closed', manual: true });
    },
  };

  function refresh() {
    if (!buffer) return;
    const cells = cellsOf(buffer);
    const unread = Atomics.load(cells, TO_WORKER.write) - Atomics.load(cells, TO_WORKER.read);
    const next: MailboxState = {
      running: open && Atomics.load(cells, CELL.ready) === 1,
      unread,
      wakes: Atomics.load(cells, CELL.wakes),
      waitAsync: hasWaitAsync() ? 'native' : 'polling',
    };
    if (JSON.stringify(next) === JSON.stringify(state)) return;
    state = next;
    changes.emit();
  }

  /** Takes the worker's answers as they are published; never blocks the page. */
  async function pump(shared: SharedArrayBuffer) {
    const cells = cellsOf(shared);
    await waitAsync(cells, CELL.ready, 0, 5_000);
    refresh();
    while (open) {
      const bytes = tryRead(shared, TO_PAGE);
      if (bytes) {
        let data: unknown;
        try {
          data = JSON.parse(decoder.decode(bytes));
        } catch (error) {
          data = { raw: decoder.decode(bytes), reason: errorInfo(error).message };
        }
        events.emit(receivedEvent(data, now(), { detail: { via: 'SharedArrayBuffer ring' } }));
        refresh();
        continue;
      }
      const idle = emptyWait(shared, TO_PAGE);
      if (idle !== null) await waitAsync(cells, TO_PAGE.write, idle, 2_000);
      refresh();
    }
  }

  return transport;
}

type SendResult = ReturnType<Transport['send']>;
