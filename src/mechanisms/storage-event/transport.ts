// A `storage` event fires in every *other* document of the origin that shares the storage area when
// a value changes: never in the document that wrote it, not at all when setItem writes the value
// already stored, and once with key === null for clear(). sessionStorage is per tab, so its changes
// reach no other tab. https://html.spec.whatwg.org/multipage/webstorage.html#the-storage-event
import { now } from '../../lib/clock';
import { byteSize } from '../../lib/describe-value';
import { createEmitter } from '../../lib/emitter';
import { sendFailed } from '../../lib/transport-events';
import { parseEnvelope, type Envelope } from '../../shared/envelope';
import type {
  SendResult,
  Transport,
  TransportEvent,
  TransportOptions,
} from '../../lib/transport-types';

export type StorageEventDetail = {
  key: string | null;
  oldValue: string | null;
  newValue: string | null;
  url: string;
  area: 'localStorage' | 'sessionStorage' | 'unknown';
};

// window.localStorage returns the same Storage object for the life of the document
// (https://html.spec.whatwg.org/multipage/webstorage.html#dom-localstorage): looked up once, not
// through the getter on every event. Blocked storage throws on access; that is remembered as null.
let local: Storage | null | undefined;
function localArea(): Storage | null {
  if (local === undefined) {
    try {
      local = window.localStorage;
    } catch {
      local = null;
    }
  }
  return local;
}

function areaOf(event: StorageEvent): StorageEventDetail['area'] {
  if (event.storageArea !== null && event.storageArea === localArea()) return 'localStorage';
  try {
    if (event.storageArea === window.sessionStorage) return 'sessionStorage';
  } catch {
    // storage blocked: fall through
  }
  return 'unknown';
}

export function createStorageEventTransport({ self, address }: TransportOptions): Transport {
  const events = createEmitter<TransportEvent>();
  const label = `localStorage["${address}"]`;
  let listening = false;

  function onStorage(event: StorageEvent) {
    const at = now();
    const detail: StorageEventDetail = {
      key: event.key,
      oldValue: event.oldValue,
      newValue: event.newValue,
      url: event.url,
      area: areaOf(event),
    };
    const raw = (reason: string) =>
      events.emit({
        type: 'received',
        at,
        data: detail,
        size: byteSize(event.newValue ?? ''),
        raw: reason,
        detail,
      });
    if (event.key === null) return raw('storage-clear');
    if (event.key !== address || detail.area !== 'localStorage' || event.newValue === null)
      return raw('storage-event');
    let data: unknown;
    try {
      data = JSON.parse(event.newValue);
    } catch {
      return raw('not-json');
    }
    const parsed = parseEnvelope(data, true); // JSON.parse's output
    if (!parsed.ok) return raw(parsed.reason);
    if (parsed.envelope.sender.id === self.id) {
      // Only possible when another tab copied this tab's identity (Chrome's "Duplicate tab" copies sessionStorage).
      events.emit({
        type: 'rejected',
        at,
        reason: 'own-echo',
        explanation: 'own-echo',
        data: parsed.envelope.body,
      });
      return;
    }
    events.emit({
      type: 'received',
      at,
      envelope: parsed.envelope,
      data,
      size: byteSize(event.newValue),
      detail,
    });
  }

  return {
    label,
    connect() {
      if (listening) return;
      window.addEventListener('storage', onStorage);
      listening = true;
      events.emit({ type: 'status', at: now(), status: 'open', manual: false });
    },
    send(envelope: Envelope): SendResult {
      let text: string;
      try {
        // Storage holds strings only: the envelope is serialised, and Map, Set or Blob would not survive.
        text = JSON.stringify(envelope);
        localStorage.setItem(address, text);
      } catch (error) {
        return sendFailed(events.emit, error, envelope.body);
      }
      events.emit({ type: 'sent', at: now(), envelope, size: byteSize(text), to: label });
      return { ok: true };
    },
    subscribe: events.subscribe,
    close() {
      if (!listening) return;
      window.removeEventListener('storage', onStorage);
      listening = false;
      events.emit({ type: 'status', at: now(), status: 'closed', manual: true });
    },
  };
}

/**
 * Storage events as another window of this tab sees them: `frame` is a same-origin frame's window.
 * "Every other document" includes the writer's own frames, so writes made here reach it. Reading
 * its localStorage first attaches the frame to the storage area (Chromium delivers events only to
 * windows that did). https://html.spec.whatwg.org/multipage/webstorage.html#send-a-storage-notification
 */
export function watchStorageInFrame(
  frame: Window,
  onEvent: (key: string | null) => void,
): () => void {
  const listener = (event: StorageEvent) => onEvent(event.key);
  try {
    void frame.localStorage.length;
  } catch {
    return () => {}; // storage blocked in the frame: it will hear nothing, and says so by its 0
  }
  frame.addEventListener('storage', listener);
  return () => frame.removeEventListener('storage', listener);
}
