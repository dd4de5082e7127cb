// What the page shows of its registration: each worker's state and version, who controls the page,
// and how many messages wait for control. Read from the registration, never stored twice.
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

export const NO_LIFECYCLE: Lifecycle = {
  registered: false,
  installing: null,
  waiting: null,
  active: null,
  controller: null,
  queued: 0,
};

/**
 * A worker's version is in its script URL (/sw.js?v=2): a new URL is a new worker. A worker's
 * scriptURL never changes (https://w3c.github.io/ServiceWorker/#dom-serviceworker-scripturl), and
 * every send names the controller's version: parse each URL once, not once per message.
 */
let parsed = { url: '', version: '1' };
export const versionOf = (worker: ServiceWorker | null | undefined) => {
  if (!worker) return null;
  if (parsed.url !== worker.scriptURL)
    parsed = {
      url: worker.scriptURL,
      version: new URL(worker.scriptURL).searchParams.get('v') ?? '1',
    };
  return parsed.version;
};

export const view = (worker: ServiceWorker | null | undefined): WorkerView =>
  worker ? { state: worker.state, version: versionOf(worker) ?? '1' } : null;

export function readLifecycle(
  registration: ServiceWorkerRegistration | null,
  controller: ServiceWorker | null,
  queued: number,
  error: string | undefined,
): Lifecycle {
  return {
    registered: registration !== null,
    installing: view(registration?.installing),
    waiting: view(registration?.waiting),
    active: view(registration?.active),
    controller: versionOf(controller),
    queued,
    error,
  };
}
