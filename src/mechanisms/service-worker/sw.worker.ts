/// <reference lib="webworker" />
// The relay worker. It lives outside every tab: the browser starts it for an event and may stop it
// when idle, so nothing here may depend on memory surviving (the counter below shows exactly that).
// Its version comes from its own URL (/sw.js?v=2): a new URL is a new worker, installed beside the
// old one and waiting until the old one lets go (or skipWaiting() is called).
import {
  parseRelayRequest,
  selectTargets,
  type ClientInfo,
  type RelayReply,
} from '../../shared/relay';

declare const self: ServiceWorkerGlobalScope;

const VERSION = new URL(self.location.href).searchParams.get('v') ?? '1';
// In memory only: reset whenever the browser restarts this worker.
let relayed = 0;
const startedAt = Date.now();

// No skipWaiting() here and no clients.claim() on activate: the page asks for them explicitly, so a
// class can watch a new worker wait and a first load stay uncontrolled.
self.addEventListener('install', () => undefined);
self.addEventListener('activate', () => undefined);

const reply = (client: Client | MessagePort | ServiceWorker | null, message: RelayReply) =>
  client?.postMessage(message);

async function windows(): Promise<WindowClient[]> {
  return (await self.clients.matchAll({ type: 'window' })) as WindowClient[];
}

async function handle(event: ExtendableMessageEvent): Promise<void> {
  const source = event.source as Client | null;
  const parsed = parseRelayRequest(event.data);
  if (!parsed.ok) return reply(source, { type: 'error', reason: parsed.reason, version: VERSION });
  const request = parsed.request;
  switch (request.type) {
    case 'skip-waiting':
      await self.skipWaiting();
      return;
    case 'claim':
      await self.clients.claim();
      return reply(source, { type: 'claimed', version: VERSION });
    case 'who': {
      const clients: ClientInfo[] = (await windows()).map((c) => ({
        id: c.id,
        url: c.url,
        visibilityState: c.visibilityState,
        focused: c.focused,
      }));
      return reply(source, {
        type: 'clients',
        clients,
        version: VERSION,
        relayed,
        startedAt,
        you: source?.id ?? '',
      });
    }
    case 'relay': {
      const all = await windows();
      const { targets, missing } = selectTargets(
        all.map((c) => c.id),
        source?.id ?? '',
        request.mode,
        request.target,
      );
      for (const client of all.filter((c) => targets.includes(c.id))) {
        client.postMessage({
          type: 'relayed',
          envelope: request.envelope,
          fromClient: source?.id ?? '',
          mode: request.mode,
          version: VERSION,
        } satisfies RelayReply);
      }
      relayed += targets.length;
      return reply(source, {
        type: 'relay-result',
        id: request.envelope.id,
        delivered: targets.length,
        missing,
        version: VERSION,
        relayed,
      });
    }
    default: {
      const never: never = request;
      return never;
    }
  }
}

// waitUntil keeps the worker alive until the relay is done.
self.addEventListener('message', (event) => event.waitUntil(handle(event)));
