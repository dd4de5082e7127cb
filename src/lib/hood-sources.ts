// Sources the "Under the hood" views cite more than once: Chromium's design documents and the
// source files that define the Mojo interfaces a message travels over. One place, so a moved
// file is fixed once. Links point at chromium.googlesource.com (main) and chromium.org.
import type { HoodSource, HoodText } from './hood-types';

export const CR = 'https://chromium.googlesource.com/chromium/src/+/main/';
export const file = (path: string, label = path.replace(/^.*\//, '')): HoodSource => ({
  label,
  url: `${CR}${path}`,
});

export const DOCS = {
  multiProcess: {
    label: 'Chromium: Multi-process Architecture',
    url: 'https://www.chromium.org/developers/design-documents/multi-process-architecture/',
  },
  mojo: file('mojo/README.md', 'Chromium: Mojo'),
  siteIsolation: {
    label: 'Chromium: Site Isolation',
    url: 'https://www.chromium.org/Home/chromium-security/site-isolation/',
  },
  processModel: file(
    'docs/process_model_and_site_isolation.md',
    'Chromium: Process Model and Site Isolation',
  ),
  servicification: {
    label: 'Chromium: Servicification',
    url: 'https://www.chromium.org/servicification/',
  },
  networkService: file('services/network/README.md', 'Chromium: Network Service'),
} satisfies Record<string, HoodSource>;

const MOJOM = 'third_party/blink/public/mojom/';
export const CHROMIUM = {
  remoteFrameMojom: file(`${MOJOM}frame/remote_frame.mojom`),
  frameMojom: file(`${MOJOM}frame/frame.mojom`),
  contentFrameMojom: file('content/common/frame.mojom', 'content/common/frame.mojom'),
  localDomWindow: file('third_party/blink/renderer/core/frame/local_dom_window.cc'),
  renderFrameProxyHost: file('content/browser/renderer_host/render_frame_proxy_host.cc'),
  broadcastChannelMojom: file(`${MOJOM}broadcastchannel/broadcast_channel.mojom`),
  broadcastChannelService: file('content/browser/broadcast_channel/broadcast_channel_service.cc'),
  storageAreaMojom: file(`${MOJOM}dom_storage/storage_area.mojom`),
  storageAreaImpl: file('components/services/storage/dom_storage/storage_area_impl.cc'),
  cachedStorageArea: file('third_party/blink/renderer/modules/storage/cached_storage_area.cc'),
  serviceWorkerObjectMojom: file(`${MOJOM}service_worker/service_worker_object.mojom`),
  serviceWorkerMojom: file(`${MOJOM}service_worker/service_worker.mojom`),
  serviceWorkerContainerMojom: file(`${MOJOM}service_worker/service_worker_container.mojom`),
  urlLoaderFactoryMojom: file('services/network/public/mojom/url_loader_factory.mojom'),
  urlLoaderMojom: file('services/network/public/mojom/url_loader.mojom'),
  eventSource: file('third_party/blink/renderer/modules/eventsource/event_source.cc'),
  dedicatedWorkerProxy: file(
    'third_party/blink/renderer/core/workers/dedicated_worker_messaging_proxy.cc',
  ),
  messagePort: file('third_party/blink/renderer/core/messaging/message_port.cc'),
  sharedWorkerConnectorMojom: file(`${MOJOM}worker/shared_worker_connector.mojom`),
  sharedWorkerFactoryMojom: file(`${MOJOM}worker/shared_worker_factory.mojom`),
  sharedWorkerService: file('content/browser/worker_host/shared_worker_service_impl.cc'),
  lockManagerMojom: file(`${MOJOM}locks/lock_manager.mojom`),
  lockManager: file('content/browser/locks/lock_manager.cc'),
  dedicatedWorkerObjectProxy: file(
    'third_party/blink/renderer/core/workers/dedicated_worker_object_proxy.cc',
  ),
  networkContextMojom: file('services/network/public/mojom/network_context.mojom'),
} satisfies Record<string, HoodSource>;

export const SPEC = {
  eventSource: {
    label: 'MDN: EventSource',
    url: 'https://developer.mozilla.org/en-US/docs/Web/API/EventSource',
  },
  postMessage: {
    label: 'HTML: window.postMessage',
    url: 'https://html.spec.whatwg.org/multipage/web-messaging.html#posting-messages',
  },
  broadcastChannel: {
    label: 'HTML: BroadcastChannel',
    url: 'https://html.spec.whatwg.org/multipage/web-messaging.html#broadcasting-to-other-browsing-contexts',
  },
  storageEvent: {
    label: 'HTML: the storage event',
    url: 'https://html.spec.whatwg.org/multipage/webstorage.html#the-storageevent-interface',
  },
} satisfies Record<string, HoodSource>;

/** A label or note in both languages. */
export const both = (en: string, zh: string): HoodText => ({ en, 'zh-CN': zh });
