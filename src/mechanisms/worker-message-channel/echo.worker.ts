// A dedicated worker: it belongs to the one page that created it and talks only to it, through
// postMessage, or to whoever holds the other end of a MessagePort it was given.
// https://html.spec.whatwg.org/multipage/workers.html#dedicated-workers-and-the-worker-interface
import { createEnvelopeFactory } from '../../lib/envelope-factory';
import { parseEnvelope, type Envelope, type PeerRef } from '../../shared/envelope';
import { isWorkerControl, type BufferReceipt } from './protocol';

// This file runs in a DedicatedWorkerGlobalScope; the app's type settings describe a window, so
// the few members used here are declared by hand.
type Scope = {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
};
const scope = globalThis as unknown as Scope;
const MECHANISM = 'worker-message-channel';
const COLORS: Record<string, string> = { 'Worker A': '#0e7490', 'Worker B': '#7c3aed' };

const envelope = createEnvelopeFactory(MECHANISM);
let self: PeerRef = {
  id: `worker-${Math.random().toString(36).slice(2, 10)}`,
  name: 'Worker',
  color: '#0e7490',
  kind: 'worker',
};
// The other worker's end of a MessageChannel, once the page has linked the two.
let linked: MessagePort | null = null;

/** Answers a page's envelope: a race message with its payload back, anything else with an echo. */
function answer(message: Envelope): Envelope {
  if (message.kind === 'buffer' && message.body instanceof ArrayBuffer) {
    // Only the size comes back: echoing 16 MiB would measure the copy twice.
    const receipt: BufferReceipt = { ref: message.id, byteLength: message.body.byteLength };
    return envelope(self, 'buffer-received', receipt, message.sender.id);
  }
  if (message.kind === 'race')
    return envelope(
      self,
      'race-echo',
      { ref: message.id, payload: message.body },
      message.sender.id,
    );
  return envelope(self, 'echo', { ref: message.id, echo: message.body }, message.sender.id);
}

function onControl(data: unknown, ports: readonly MessagePort[]) {
  if (!isWorkerControl(data)) return;
  switch (data.control) {
    case 'hello':
      self = { ...self, name: data.name.slice(0, 64), color: COLORS[data.name] ?? self.color };
      return;
    case 'link': {
      linked = ports[0] ?? null;
      // onmessage (unlike addEventListener) starts the port by itself.
      if (linked)
        linked.onmessage = (event: MessageEvent) => {
          const parsed = parseEnvelope(event.data);
          if (!parsed.ok) return;
          // Arrived from the other worker without passing through the page: tell the page.
          scope.postMessage(
            envelope(self, 'port-message', {
              from: parsed.envelope.sender.name,
              text: parsed.envelope.body,
              path: `${parsed.envelope.sender.name} → MessagePort → ${self.name}`,
            }),
          );
        };
      return;
    }
    case 'via-port':
      linked?.postMessage(envelope(self, 'chat', data.text));
      return;
    case 'port-ticks': {
      const port = ports[0];
      for (let n = 1; n <= data.count; n++)
        port?.postMessage(envelope(self, 'tick', { n, of: data.count }));
      return;
    }
    default: {
      const never: never = data;
      return never;
    }
  }
}

scope.addEventListener('message', (event: MessageEvent) => {
  const parsed = parseEnvelope(event.data, event.isTrusted);
  if (parsed.ok) scope.postMessage(answer(parsed.envelope));
  else onControl(event.data, event.ports);
});
