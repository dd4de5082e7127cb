// A plain dedicated worker, started by the page outside a secure context to show that only
// ServiceWorkers need one. It answers with what it sees from inside.
// https://html.spec.whatwg.org/multipage/workers.html#dedicated-workers-and-the-worker-interface
const scope = self as unknown as {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage(data: unknown): void;
  isSecureContext: boolean;
};

scope.onmessage = (event) => scope.postMessage({ echo: event.data, secure: scope.isSecureContext });
