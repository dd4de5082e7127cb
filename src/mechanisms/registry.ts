import { broadcastChannel } from './broadcast-channel';
import { iframePostMessage } from './iframe-post-message';
import { longPolling } from './long-polling';
import { serverSentEvents } from './server-sent-events';
import { serviceWorker } from './service-worker';
import { sharedMemory } from './shared-memory';
import { sharedWorker } from './shared-worker';
import { storageEvent } from './storage-event';
import { webLocks } from './web-locks';
import { webrtcDataChannel } from './webrtc-data-channel';
import { websocket } from './websocket';
import { windowOpen } from './window-open';
import { workerMessageChannel } from './worker-message-channel';
import { registerStatusTexts } from '../components/message-log/status-i18n';
import { registerTextSource } from '../i18n/dictionary';
import type { Mechanism } from '../lib/mechanism-types';

// Adding a mechanism is a new folder plus one line here: nav, routes, the overview, the
// comparison table, the race, the log and its flow view all derive from this list.
export const mechanisms: readonly Mechanism[] = [
  iframePostMessage,
  windowOpen,
  broadcastChannel,
  storageEvent,
  serviceWorker,
  websocket,
  serverSentEvents,
  workerMessageChannel,
  sharedWorker,
  webLocks,
  webrtcDataChannel,
  longPolling,
  sharedMemory,
];

export function findMechanism(id: string): Mechanism | undefined {
  return mechanisms.find((m) => m.meta.id === id);
}

/** The same list by id, for the log and the flow view (handed down as context). */
export const catalog: ReadonlyMap<string, Mechanism> = new Map(
  mechanisms.map((m) => [m.meta.id, m]),
);

for (const mechanism of mechanisms) registerTextSource(mechanism.texts);
// The status lines each writes into the log, read back with a language other than English.
registerStatusTexts(mechanisms.flatMap((m) => (m.statusTexts ? [m.statusTexts] : [])));
