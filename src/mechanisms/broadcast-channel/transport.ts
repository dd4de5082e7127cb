// BroadcastChannel delivers a structured clone of each message to every *other* BroadcastChannel
// object with the same name in the same origin (same storage partition) — never back to the object
// that posted it. https://html.spec.whatwg.org/multipage/web-messaging.html#broadcasting-to-other-browsing-contexts
import { now } from '../../lib/clock';
import { byteSize } from '../../lib/describe-value';
import { createEmitter } from '../../lib/emitter';
import { openFailed, receivedEvent, sendFailed } from '../../lib/transport-events';
import type { Envelope } from '../../shared/envelope';
import type {
  SendResult,
  Transport,
  TransportEvent,
  TransportOptions,
} from '../../lib/transport-types';

export function createBroadcastChannelTransport({ self, address }: TransportOptions): Transport {
  const events = createEmitter<TransportEvent>();
  const label = `channel "${address}"`;
  let channel: BroadcastChannel | null = null;
  // Kept after close(): posting on a closed channel is a real InvalidStateError the page can show.
  let closedChannel: BroadcastChannel | null = null;

  function onMessage(event: MessageEvent) {
    const received = receivedEvent(event.data, now(), undefined, null, event.isTrusted);
    // Cannot happen with one object per name, but a second object with the same name in this tab
    // *would* hear this tab's messages; count that as our own echo, not as another tab.
    if (received.envelope?.sender.id === self.id) {
      events.emit({
        type: 'rejected',
        at: received.at,
        reason: 'own-echo',
        explanation: 'own-echo',
        data: received.envelope.body,
      });
      return;
    }
    events.emit(received);
  }

  // messageerror: the message arrived but could not be deserialised here (e.g. a SharedArrayBuffer
  // sent to a context outside the sender's agent cluster).
  function onMessageError() {
    events.emit({
      type: 'error',
      at: now(),
      error: { name: 'messageerror', message: 'a message arrived that could not be deserialised' },
    });
  }

  return {
    label,
    connect() {
      if (channel) return;
      events.emit({ type: 'status', at: now(), status: 'connecting', manual: false });
      try {
        channel = new BroadcastChannel(address);
      } catch (error) {
        events.emit(openFailed(error));
        return;
      }
      closedChannel = null;
      channel.addEventListener('message', onMessage);
      channel.addEventListener('messageerror', onMessageError);
      events.emit({ type: 'status', at: now(), status: 'open', manual: false });
    },
    send(envelope: Envelope): SendResult {
      const target = channel ?? closedChannel;
      if (!target) {
        const error = { name: 'InvalidStateError', message: 'the channel was never opened' };
        events.emit({ type: 'error', at: now(), error, data: envelope.body });
        return { ok: false, error };
      }
      try {
        // Throws DataCloneError synchronously for functions, DOM nodes, …; InvalidStateError when closed.
        target.postMessage(envelope);
      } catch (error) {
        return sendFailed(events.emit, error, envelope.body);
      }
      events.emit({ type: 'sent', at: now(), envelope, size: byteSize(envelope.body), to: label });
      return { ok: true };
    },
    subscribe: events.subscribe,
    close() {
      if (!channel) return;
      channel.removeEventListener('message', onMessage);
      channel.removeEventListener('messageerror', onMessageError);
      channel.close();
      closedChannel = channel;
      channel = null;
      events.emit({ type: 'status', at: now(), status: 'closed', manual: true });
    },
  };
}

/**
 * A bare second BroadcastChannel object of `name` in this same tab. The spec skips only the object
 * that posted, so this one hears this tab's own messages: the page uses it to show exactly that.
 */
export function listenWithSecondObject(name: string, onData: (data: unknown) => void): () => void {
  const second = new BroadcastChannel(name);
  second.onmessage = (event: MessageEvent) => onData(event.data);
  return () => second.close();
}
