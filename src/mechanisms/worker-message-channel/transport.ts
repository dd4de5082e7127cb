// The page's side of two dedicated workers and the MessageChannels between them. A Worker queues
// what is posted before its script runs; terminate() stops it at once, and later postMessage calls
// neither throw nor arrive. A MessagePort listened to with addEventListener delivers nothing until
// start() is called (onmessage starts it implicitly).
// https://html.spec.whatwg.org/multipage/web-messaging.html#message-ports
import { now } from '../../lib/clock';
import { byteSize } from '../../lib/describe-value';
import { createEmitter } from '../../lib/emitter';
import { openFailed, receivedEvent, sendFailed, workerError } from '../../lib/transport-events';
import type { Envelope } from '../../shared/envelope';
import type {
  SendResult,
  Transport,
  TransportEvent,
  TransportOptions,
} from '../../lib/transport-types';
import { WORKER_NAMES, type WorkerControl } from './protocol';

export type PortDemo = { started: boolean; posted: number; received: number };
export type WorkerLabState = {
  /** Worker A: the page's own worker. `terminated` until restart() makes a new one. */
  a: 'running' | 'terminated';
  generation: number;
  /** Worker B exists and holds the other end of Worker A's port. */
  linked: boolean;
  port: PortDemo | null;
};

export interface WorkerTransport extends Transport {
  state(): WorkerLabState;
  onChange(listener: () => void): () => void;
  terminate(): void;
  restart(): void;
  /** Creates Worker B and gives A and B the two ends of one MessageChannel. */
  link(): void;
  /** Asks A to post on its port to B: the page is not on the path. */
  viaPort(text: string): void;
  /** Gives A a port to post `count` messages on; this page listens with addEventListener. */
  portDemo(count: number, callStart: boolean): void;
  startPort(): void;
}

// Vite bundles the worker when it sees exactly `new Worker(new URL('…', import.meta.url))`.
// https://vite.dev/guide/features.html#import-with-constructors
const spawn = (name: string) =>
  new Worker(new URL('./echo.worker.ts', import.meta.url), { type: 'module', name });

export function createWorkerTransport({ address }: TransportOptions): WorkerTransport {
  const events = createEmitter<TransportEvent>();
  const changes = createEmitter<void>();
  const label = address;
  let a: Worker | null = null;
  let b: Worker | null = null;
  let port: MessagePort | null = null;
  let state: WorkerLabState = { a: 'terminated', generation: 0, linked: false, port: null };
  const update = (next: Partial<WorkerLabState>) => {
    state = { ...state, ...next };
    changes.emit();
  };
  const status = (s: 'open' | 'closed' | 'error', manual: boolean, reason?: string) =>
    events.emit({ type: 'status', at: now(), status: s, manual, reason });

  const listen = (worker: Worker, via: string) => {
    const extra = { detail: { via } }; // the same for every message: built once
    worker.addEventListener('message', (event: MessageEvent) =>
      events.emit(receivedEvent(event.data, now(), extra, null, event.isTrusted)),
    );
    // The script failed to load or threw: the worker is useless from here on.
    worker.addEventListener('error', (event: ErrorEvent) => {
      event.preventDefault();
      events.emit({
        type: 'error',
        at: now(),
        error: workerError(event, 'the worker script failed'),
      });
    });
    worker.addEventListener('messageerror', () =>
      events.emit({
        type: 'error',
        at: now(),
        error: { name: 'messageerror', message: 'a message could not be deserialised' },
      }),
    );
  };

  function start() {
    try {
      a = spawn(WORKER_NAMES.a);
    } catch (error) {
      events.emit(openFailed(error));
      return;
    }
    listen(a, `${WORKER_NAMES.a} · worker.postMessage`);
    control(a, { control: 'hello', name: WORKER_NAMES.a });
    update({ a: 'running', generation: state.generation + 1, linked: false, port: null });
    status('open', false);
  }
  const control = (worker: Worker | null, message: WorkerControl, transfer: Transferable[] = []) =>
    worker?.postMessage(message, transfer);

  function unlink() {
    b?.terminate();
    b = null;
    port?.close();
    port = null;
  }

  return {
    label,
    state: () => state,
    onChange: changes.subscribe,
    subscribe: events.subscribe,
    connect() {
      if (!a) start();
    },
    send(envelope: Envelope, transfer: Transferable[] = []): SendResult {
      if (!a)
        return sendFailed(events.emit, new Error('the worker was never started'), envelope.body);
      // Measured before posting: a transferred buffer is detached (byteLength 0) right after.
      const size = byteSize(envelope.body);
      try {
        // DataCloneError for a function or a DOM node, thrown before anything is sent.
        // No transfer list when there is nothing to transfer: the overload that takes one costs
        // the Race more CPU per message (whole browser: 101 against 95 µs, a busy machine).
        if (transfer.length) a.postMessage(envelope, transfer);
        else a.postMessage(envelope);
      } catch (error) {
        return sendFailed(events.emit, error, envelope.body);
      }
      const to = state.a === 'terminated' ? `${label} (terminated)` : label;
      events.emit({ type: 'sent', at: now(), envelope, size, to });
      return { ok: true };
    },
    terminate() {
      if (state.a === 'terminated') return;
      // Kept, not dropped: posting to a terminated worker is allowed and silently goes nowhere.
      a?.terminate();
      unlink();
      update({ a: 'terminated', linked: false, port: null });
      status('closed', true, 'terminate()');
    },
    restart() {
      a?.terminate();
      unlink();
      start();
    },
    link() {
      if (!a || state.a === 'terminated') return;
      unlink();
      b = spawn(WORKER_NAMES.b);
      listen(b, `${WORKER_NAMES.b} · worker.postMessage`);
      control(b, { control: 'hello', name: WORKER_NAMES.b });
      const channel = new MessageChannel();
      // Each end is transferred: from here on only the workers hold them.
      control(a, { control: 'link' }, [channel.port1]);
      control(b, { control: 'link' }, [channel.port2]);
      update({ linked: true });
    },
    viaPort(text) {
      control(a, { control: 'via-port', text });
    },
    portDemo(count, callStart) {
      port?.close();
      const channel = new MessageChannel();
      port = channel.port1;
      const mine = port;
      mine.addEventListener('message', (event: MessageEvent) => {
        events.emit(
          receivedEvent(
            event.data,
            now(),
            { detail: { via: 'MessagePort' } },
            null,
            event.isTrusted,
          ),
        );
        if (port === mine && state.port)
          update({ port: { ...state.port, received: state.port.received + 1 } });
      });
      // Without this call the messages wait in the port's queue, however long.
      if (callStart) mine.start();
      control(a, { control: 'port-ticks', count }, [channel.port2]);
      update({ port: { started: callStart, posted: count, received: 0 } });
    },
    startPort() {
      if (!port || !state.port) return;
      port.start();
      update({ port: { ...state.port, started: true } });
    },
    close() {
      if (!a) return;
      a.terminate();
      a = null;
      unlink();
      update({ a: 'terminated', linked: false, port: null });
      status('closed', true);
    },
  };
}
