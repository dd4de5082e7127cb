// Registering the worker and watching its versions go through installing → installed → activating
// → activated. Kept apart from the relay: the transport only needs to know when something changed.
// https://developer.mozilla.org/en-US/docs/Web/API/ServiceWorker/state
import { errorInfo } from '../../lib/error-info';
import { versionOf } from './lifecycle';

export type Registrar = {
  current(): ServiceWorkerRegistration | null;
  error(): string | undefined;
  register(version: number): Promise<'registered' | 'failed'>;
  unregister(): Promise<void>;
};

/**
 * The transport hands in the container (it alone touches the browser API). `onStateChange` hears each worker's new state (with its version); `onChange` hears anything the
 * lifecycle view shows (a new installing worker, an error).
 */
export function createRegistrar(
  container: () => ServiceWorkerContainer,
  address: string,
  onStateChange: (version: string | null, state: ServiceWorkerState) => void,
  onChange: () => void,
): Registrar {
  let registration: ServiceWorkerRegistration | null = null;
  let error: string | undefined;
  const watched = new WeakSet<ServiceWorker>();

  function watch(worker: ServiceWorker | null | undefined) {
    if (!worker || watched.has(worker)) return;
    watched.add(worker);
    worker.addEventListener('statechange', () => {
      onStateChange(versionOf(worker), worker.state);
      onChange();
    });
  }

  return {
    current: () => registration,
    error: () => error,
    async register(version) {
      error = undefined;
      try {
        const registered = await container().register(`${address}?v=${version}`, {
          type: 'module',
          scope: '/',
        });
        registration = registered;
        watch(registered.installing);
        registered.addEventListener('updatefound', () => {
          watch(registered.installing);
          onChange();
        });
        return 'registered';
      } catch (e) {
        // A script that fails to load or throws, or a scope outside the script's path, lands here.
        const info = errorInfo(e);
        error = `${info.name}: ${info.message}`;
        return 'failed';
      } finally {
        onChange();
      }
    },
    async unregister() {
      await registration?.unregister();
      registration = null;
      onChange();
    },
  };
}
