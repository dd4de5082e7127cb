// A tab's side of the hub: one SharedWorker port, a heartbeat on it, and a goodbye on pagehide.
// Where SharedWorker is missing (Chrome on Android, for one) the page says so and points elsewhere.
// https://developer.mozilla.org/en-US/docs/Web/API/SharedWorker
import { now } from '../../lib/clock';
import { byteSize } from '../../lib/describe-value';
import { createEmitter } from '../../lib/emitter';
import { openFailed, receivedEvent, sendFailed } from '../../lib/transport-events';
import type { Envelope } from '../../shared/envelope';
import type {
  SendResult,
  Transport,
  TransportEvent,
  TransportOptions,
} from '../../lib/transport-types';
import { HEARTBEAT_MS, isHubMessage, type HubToTab, type TabToHub } from './protocol';

/** Every message from the hub arrives the same way: one detail for all of them. */
const VIA_HUB = { detail: { via: 'SharedWorker hub' } } as const;

export type HubState = Extract<HubToTab, { hub: 'state' }> | null;

export interface SharedWorkerTransport extends Transport {
  state(): HubState;
  onChange(listener: () => void): () => void;
  /** Receipts: how many other tabs the hub relayed a message to. */
  onRelayed(listener: (receipt: Extract<HubToTab, { hub: 'relayed' }>) => void): () => void;
  /** Off: closing this tab sends no goodbye, and only the heartbeat timeout tells the hub. */
  setGoodbye(on: boolean): void;
}

// Vite bundles the script when it sees exactly `new SharedWorker(new URL('…', import.meta.url))`.
// Every tab must name the same URL and name, or it gets a worker of its own.
const spawn = () =>
  new SharedWorker(new URL('./hub.worker.ts', import.meta.url), {
    type: 'module',
    name: 'comms-lab-hub',
  });

export function createSharedWorkerTransport({
  self,
  address,
}: TransportOptions): SharedWorkerTransport {
  const events = createEmitter<TransportEvent>();
  const changes = createEmitter<void>();
  const receipts = createEmitter<Extract<HubToTab, { hub: 'relayed' }>>();
  const label = address;
  let port: MessagePort | null = null;
  let state: HubState = null;
  let goodbye = true;
  let beat: ReturnType<typeof setInterval> | undefined;
  const post = (message: TabToHub) => port?.postMessage(message);
  const onPageHide = () => {
    if (goodbye) post({ hub: 'bye' });
  };

  function onMessage(event: MessageEvent) {
    // Read once: each read of `data` is a call into the browser's bindings, and a race brings
    // thousands of messages a second.
    const data: unknown = event.data;
    if (isHubMessage(data)) {
      if (data.hub === 'relayed') return receipts.emit(data);
      state = data;
      return changes.emit();
    }
    events.emit(receivedEvent(data, now(), VIA_HUB, null, event.isTrusted));
  }

  return {
    label,
    state: () => state,
    onChange: changes.subscribe,
    onRelayed: receipts.subscribe,
    subscribe: events.subscribe,
    setGoodbye(on) {
      goodbye = on;
    },
    connect() {
      if (port) return;
      events.emit({ type: 'status', at: now(), status: 'connecting', manual: false });
      let worker: SharedWorker;
      try {
        worker = spawn();
      } catch (error) {
        events.emit(openFailed(error));
        return;
      }
      worker.addEventListener('error', () =>
        events.emit({
          type: 'error',
          at: now(),
          error: { name: 'WorkerError', message: 'the hub script failed to load' },
        }),
      );
      port = worker.port;
      // onmessage starts the port by itself (addEventListener alone would need port.start()).
      port.onmessage = onMessage;
      post({ hub: 'hello', peer: self });
      beat = setInterval(() => post({ hub: 'heartbeat' }), HEARTBEAT_MS);
      window.addEventListener('pagehide', onPageHide);
      events.emit({ type: 'status', at: now(), status: 'open', manual: false });
    },
    send(envelope: Envelope): SendResult {
      if (!port)
        return sendFailed(events.emit, new Error('not connected to the hub'), envelope.body);
      try {
        port.postMessage(envelope);
      } catch (error) {
        return sendFailed(events.emit, error, envelope.body);
      }
      events.emit({ type: 'sent', at: now(), envelope, size: byteSize(envelope.body), to: label });
      return { ok: true };
    },
    close() {
      if (!port) return;
      post({ hub: 'bye' });
      clearInterval(beat);
      window.removeEventListener('pagehide', onPageHide);
      port.onmessage = null;
      port.close();
      port = null;
      state = null;
      changes.emit();
      events.emit({ type: 'status', at: now(), status: 'closed', manual: true });
    },
  };
}
