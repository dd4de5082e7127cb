// A ServiceWorker relays between the tabs it controls. A page is controlled only once an active
// worker has claimed it (or the page loaded with one active), so messages sent before that wait for
// `controllerchange`. ServiceWorkers (unlike dedicated and shared workers) need a secure context:
// https, or http on localhost, *.localhost or 127.0.0.1.
// https://w3c.github.io/webappsec-secure-contexts/#is-origin-trustworthy
// https://developer.mozilla.org/en-US/docs/Web/API/Service_Worker_API/Using_Service_Workers
import { now } from '../../lib/clock';
import { byteSize } from '../../lib/describe-value';
import { createEmitter } from '../../lib/emitter';
import { englishCount } from '../../lib/english-count';
import { ReadyQueue } from '../../lib/ready-queue';
import { sendFailed, statusEvent } from '../../lib/transport-events';
import type { Envelope } from '../../shared/envelope';
import { parseRelayReply, type RelayReply, type RelayRequest } from '../../shared/relay';
import type { ServiceWorkerOptions, ServiceWorkerTransport, WorkerStateChange } from './contract';
import { createRegistrar } from './registration';
import { readLifecycle, versionOf } from './lifecycle';
import { replyEvent } from './replies';
import type { SendResult, TransportEvent } from '../../lib/transport-types';

export type { Lifecycle, WorkerView } from './lifecycle';
export type { ServiceWorkerOptions, ServiceWorkerTransport } from './contract';

/** `address` is the worker script's path (/sw.js built, the TypeScript source in dev). */
export function createServiceWorkerTransport({
  address,
  relay,
}: ServiceWorkerOptions): ServiceWorkerTransport {
  const events = createEmitter<TransportEvent>();
  const changes = createEmitter<void>();
  const replies = createEmitter<RelayReply>();
  const states = createEmitter<WorkerStateChange>();
  const queue = new ReadyQueue<Envelope>();
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
    const reply = parseRelayReply(event.data, event.isTrusted);
    if (!reply) return; // not from this app's worker (or from a version that speaks otherwise)
    const logged = replyEvent(reply, at);
    if (logged) events.emit(logged);
    replies.emit(reply);
  }

  function onControllerChange() {
    const flushed = queue.markReady((queued) => post(queued));
    events.emit(
      statusEvent(
        'open',
        `controlled by v${versionOf(container().controller)}${flushed ? `; ${englishCount(flushed, 'queued message', 'queued messages')} sent` : ''}`,
      ),
    );
    changed();
  }

  // A worker's new state is news about the worker, not a change of this page's connection: it
  // goes to whoever logs it as a line of its own (use-service-worker.ts). As a status event it read
  // "connecting — v1: activated", as if the active worker were still connecting, while the page
  // waited for control. https://developer.mozilla.org/en-US/docs/Web/API/ServiceWorker/state
  const registrar = createRegistrar(
    container,
    address,
    (version, state) => states.emit({ version, state }),
    changed,
  );
  async function register(version: number) {
    if (!('serviceWorker' in navigator)) return; // the page explains; there is nothing to register
    const outcome = await registrar.register(version);
    if (outcome === 'failed') events.emit(statusEvent('error', registrar.error()));
    else if (outcome === 'registered' && container().controller)
      queue.markReady((queued) => post(queued));
  }

  return {
    label: 'ServiceWorker',
    connect() {
      if (listening) return;
      if (!('serviceWorker' in navigator) || !window.isSecureContext) {
        events.emit(
          statusEvent(
            'error',
            'ServiceWorker is unavailable here (not a secure context, or not supported)',
          ),
        );
        return;
      }
      listening = true;
      container().addEventListener('message', onMessage);
      container().addEventListener('controllerchange', onControllerChange);
      events.emit(
        statusEvent(
          container().controller ? 'open' : 'connecting',
          container().controller
            ? `controlled by v${versionOf(container().controller)}`
            : 'not controlled yet',
        ),
      );
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
      events.emit(statusEvent('closed', undefined, true));
    },
    lifecycle: () =>
      readLifecycle(
        registrar.current(),
        listening ? container().controller : null,
        queue.size,
        registrar.error(),
      ),
    onChange: changes.subscribe,
    sendVia: (envelope, route) =>
      listening && container().controller
        ? post(envelope, route)
        : { ok: false, error: { name: 'InvalidStateError', message: 'not controlled' } },
    onReply: replies.subscribe,
    onStateChange: states.subscribe,
    register,
    command(request) {
      if (!listening) return; // no worker API here (insecure context): nothing to ask
      const target =
        request.type === 'skip-waiting'
          ? registrar.current()?.waiting
          : request.type === 'claim'
            ? registrar.current()?.active
            : container().controller;
      target?.postMessage(request);
    },
    async unregister() {
      if (!listening) return;
      queue.reset();
      await registrar.unregister();
      events.emit(
        statusEvent('closed', 'unregistered: this page stays controlled until it reloads', true),
      );
      changed();
    },
  };
}
