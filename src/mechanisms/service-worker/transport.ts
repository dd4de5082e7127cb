// A ServiceWorker relays between the tabs it controls. A page is controlled only once an active
// worker has claimed it (or the page loaded with one active), so messages sent before that wait for
// `controllerchange`. ServiceWorkers (unlike dedicated and shared workers) need a secure context:
// https, or http on localhost, *.localhost or 127.0.0.1.
// https://w3c.github.io/webappsec-secure-contexts/#is-origin-trustworthy
// https://developer.mozilla.org/en-US/docs/Web/API/Service_Worker_API/Using_Service_Workers
import { now } from '../../lib/clock';
import { byteSize } from '../../lib/describe-value';
import { createEmitter } from '../../lib/emitter';
import { errorInfo } from '../../lib/error-info';
import { ReadyQueue } from '../../lib/ready-queue';
import { sendFailed } from '../../lib/transport-events';
import type { Envelope } from '../../shared/envelope';
import type { RelayMode, RelayReply, RelayRequest } from '../../shared/relay';
import type {
  SendResult,
  Transport,
  TransportEvent,
  TransportOptions,
} from '../../lib/transport-types';

export type WorkerView = { state: ServiceWorkerState; version: string } | null;
export type Lifecycle = {
  registered: boolean;
  installing: WorkerView;
  waiting: WorkerView;
  active: WorkerView;
  controller: string | null;
  queued: number;
  error?: string;
};

export interface ServiceWorkerTransport extends Transport {
  lifecycle(): Lifecycle;
  onChange(listener: () => void): () => void;
  onReply(listener: (reply: RelayReply) => void): () => void;
  register(version: number): Promise<void>;
  command(request: Extract<RelayRequest, { type: 'who' | 'claim' | 'skip-waiting' }>): void;
  /** Sends with a route of its own (presence), whatever the page's relay setting. */
  sendVia(envelope: Envelope, route: { mode: RelayMode; target?: string }): SendResult;
  unregister(): Promise<void>;
}

export type ServiceWorkerOptions = TransportOptions & {
  relay: () => { mode: RelayMode; target?: string };
};

// A worker's scriptURL never changes (https://w3c.github.io/ServiceWorker/#dom-serviceworker-scripturl),
// and every send names the controller's version: parse each URL once, not once per message.
let parsed = { url: '', version: '1' };
const versionOf = (worker: ServiceWorker | null | undefined) => {
  if (!worker) return null;
  if (parsed.url !== worker.scriptURL)
    parsed = {
      url: worker.scriptURL,
      version: new URL(worker.scriptURL).searchParams.get('v') ?? '1',
    };
  return parsed.version;
};
const view = (worker: ServiceWorker | null | undefined): WorkerView =>
  worker ? { state: worker.state, version: versionOf(worker) ?? '1' } : null;

/** `address` is the worker script's path (/sw.js built, the TypeScript source in dev). */
export function createServiceWorkerTransport({
  address,
  relay,
}: ServiceWorkerOptions): ServiceWorkerTransport {
  const events = createEmitter<TransportEvent>();
  const changes = createEmitter<void>();
  const replies = createEmitter<RelayReply>();
  const queue = new ReadyQueue<Envelope>();
  let registration: ServiceWorkerRegistration | null = null;
  let error: string | undefined;
  let listening = false;
  const container = () => navigator.serviceWorker;
  const changed = () => changes.emit();

  function post(envelope: Envelope, route = relay()): SendResult {
    const controller = container().controller;
    if (!controller)
      return sendFailed(
        events.emit,
        { name: 'InvalidStateError', message: 'this page is not controlled' },
        envelope.body,
      );
    const { mode, target } = route;
    try {
      controller.postMessage({ type: 'relay', mode, target, envelope } satisfies RelayRequest);
    } catch (e) {
      return sendFailed(events.emit, e, envelope.body);
    }
    events.emit({
      type: 'sent',
      at: now(),
      envelope,
      size: byteSize(envelope.body),
      to: `ServiceWorker v${versionOf(controller)} · ${mode}`,
    });
    return { ok: true };
  }

  function onMessage(event: MessageEvent) {
    const at = now();
    const data = event.data as RelayReply | null;
    if (data?.type === 'relayed') {
      events.emit({
        type: 'received',
        at,
        envelope: data.envelope,
        data,
        size: byteSize(data.envelope.body),
        detail: { fromClient: data.fromClient, mode: data.mode, version: data.version },
      });
    } else if (data?.type === 'error') {
      events.emit({ type: 'error', at, error: { name: 'RelayError', message: data.reason } });
    } else if (data?.type === 'relay-result' && data.missing !== undefined) {
      events.emit({
        type: 'error',
        at,
        error: {
          name: 'NotFoundError',
          message: `tab ${data.missing.slice(0, 8)} has gone: nothing was relayed`,
        },
      });
    }
    if (data && typeof data === 'object' && 'type' in data) replies.emit(data);
  }

  function onControllerChange() {
    const flushed = queue.markReady((queued) => post(queued));
    events.emit({
      type: 'status',
      at: now(),
      status: 'open',
      manual: false,
      reason: `controlled by v${versionOf(container().controller)}${flushed ? `; ${flushed} queued message(s) sent` : ''}`,
    });
    changed();
  }

  const watched = new WeakSet<ServiceWorker>();
  function watch(worker: ServiceWorker | null) {
    if (!worker || watched.has(worker)) return;
    watched.add(worker);
    worker.addEventListener('statechange', () => {
      events.emit({
        type: 'status',
        at: now(),
        status: container().controller ? 'open' : 'connecting',
        manual: false,
        reason: `v${versionOf(worker)}: ${worker.state}`,
      });
      changed();
    });
  }

  async function register(version: number) {
    if (!('serviceWorker' in navigator)) return; // the page explains; there is nothing to register
    error = undefined;
    try {
      registration = await container().register(`${address}?v=${version}`, {
        type: 'module',
        scope: '/',
      });
      watch(registration.installing);
      registration.addEventListener('updatefound', () => {
        watch(registration?.installing ?? null);
        changed();
      });
      if (container().controller) queue.markReady((queued) => post(queued));
    } catch (e) {
      // A script that fails to load or throws, or a scope outside the script's path, lands here.
      const info = errorInfo(e);
      error = `${info.name}: ${info.message}`;
      events.emit({ type: 'status', at: now(), status: 'error', manual: false, reason: error });
    }
    changed();
  }

  return {
    label: 'ServiceWorker',
    connect() {
      if (listening) return;
      if (!('serviceWorker' in navigator) || !window.isSecureContext) {
        events.emit({
          type: 'status',
          at: now(),
          status: 'error',
          manual: false,
          reason: 'ServiceWorker is unavailable here (not a secure context, or not supported)',
        });
        return;
      }
      listening = true;
      container().addEventListener('message', onMessage);
      container().addEventListener('controllerchange', onControllerChange);
      events.emit({
        type: 'status',
        at: now(),
        status: container().controller ? 'open' : 'connecting',
        manual: false,
        reason: container().controller
          ? `controlled by v${versionOf(container().controller)}`
          : 'not controlled yet',
      });
      void container()
        .getRegistration('/')
        .then((existing) =>
          register(Number(versionOf(existing?.active ?? existing?.waiting ?? null) ?? 1)),
        );
    },
    send(envelope) {
      if (!listening)
        return sendFailed(
          events.emit,
          { name: 'NotSupportedError', message: 'ServiceWorker is unavailable here' },
          envelope.body,
        );
      if (container().controller) return post(envelope);
      // Not controlled yet: the message waits for controllerchange instead of being lost.
      const outcome = queue.offer(envelope, post);
      changed();
      return outcome === 'refused'
        ? sendFailed(
            events.emit,
            { name: 'QuotaExceededError', message: 'too many messages are waiting for control' },
            envelope.body,
          )
        : { ok: true };
    },
    subscribe: events.subscribe,
    close() {
      if (!listening) return;
      listening = false;
      container().removeEventListener('message', onMessage);
      container().removeEventListener('controllerchange', onControllerChange);
      events.emit({ type: 'status', at: now(), status: 'closed', manual: true });
    },
    lifecycle: () => ({
      registered: registration !== null,
      installing: view(registration?.installing),
      waiting: view(registration?.waiting),
      active: view(registration?.active),
      controller: listening ? versionOf(container().controller) : null,
      queued: queue.size,
      error,
    }),
    onChange: changes.subscribe,
    sendVia: (envelope, route) =>
      listening && container().controller
        ? post(envelope, route)
        : { ok: false, error: { name: 'InvalidStateError', message: 'not controlled' } },
    onReply: replies.subscribe,
    register,
    command(request) {
      if (!listening) return; // no worker API here (insecure context): nothing to ask
      const target =
        request.type === 'skip-waiting'
          ? registration?.waiting
          : request.type === 'claim'
            ? registration?.active
            : container().controller;
      target?.postMessage(request);
    },
    async unregister() {
      if (!listening) return;
      await registration?.unregister();
      registration = null;
      queue.reset();
      events.emit({
        type: 'status',
        at: now(),
        status: 'closed',
        manual: true,
        reason: 'unregistered: this page stays controlled until it reloads',
      });
      changed();
    },
  };
}
