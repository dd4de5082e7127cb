// window.postMessage(message, targetOrigin, transfer) delivers a structured clone to another window
// only if that window's *current* document has the origin targetOrigin names ('*': any). A
// mismatch is dropped silently: no error for the sender, no event for anyone. The receiver learns
// who sent it from event.origin and must compare it exactly with origins it trusts.
// https://html.spec.whatwg.org/multipage/web-messaging.html#posting-messages
import { now } from '../clock';
import { byteSize, sizeWithBody } from '../describe-value';
import { createEmitter } from '../emitter';
import { checkOrigin } from '../origin-check';
import { receivedEvent, sendFailed } from '../transport-events';
import type { Envelope } from '../../shared/envelope';
import type { SendResult, Transport, TransportEvent, TransportOptions } from '../transport-types';

/** Larger messages are refused: a hostile frame must not be able to fill the log's memory. */
export const MAX_MESSAGE_BYTES = 64 * 1024;

export type FrameTarget = { window: Window | null; targetOrigin: string; label: string };

export type WindowInboxOptions = TransportOptions & {
  /** The windows this side may send to, by recipient id (read at send time). */
  targets: () => ReadonlyMap<string, FrameTarget>;
  /** Origins whose messages are trusted (read per message). */
  trusted: () => readonly string[];
  /** The "verify sender origin" switch (read per message). */
  verify: () => boolean;
  /** Only events from these windows are for this inbox; absent: every window. */
  sources?: () => ReadonlyArray<MessageEventSource | null>;
  /** The inbox as people say it, read when shown (it follows the language); default `address`. */
  label?: () => string;
  /** Larger messages are refused (after the origin check); default MAX_MESSAGE_BYTES. */
  maxBytes?: number;
};

export interface WindowTransport extends Transport {
  /** Window `message` events this inbox has seen; MessagePort traffic never counts here. */
  readonly windowMessages: number;
}

export const failure = (name: string, message: string) => ({ name, message });

/** Shared by both sides: turn one window `message` event into a transport event. */
function receive(
  event: MessageEvent,
  trusted: readonly string[],
  verify: boolean,
  maxBytes: number,
): TransportEvent {
  const at = now();
  // Each read of an event's attribute is a call into the browser's bindings: each is read once.
  const origin = event.origin;
  const data: unknown = event.data;
  const verdict = checkOrigin(origin, trusted);
  if (!verdict.ok && verify) {
    return {
      type: 'rejected',
      at,
      reason: 'wrong-origin',
      explanation: `wrong-origin-${verdict.nearMiss}`,
      data,
      origin,
    };
  }
  // The whole message is measured for the limit; its body's size comes out of the same walk and
  // is handed on, so the body is not measured a second time for the event.
  const sized = sizeWithBody(data);
  const size = sized.total;
  if (size > maxBytes) {
    return {
      type: 'rejected',
      at,
      reason: 'oversize',
      explanation: 'oversize',
      data: `(${size} bytes)`,
      origin,
    };
  }
  const ports = event.ports;
  // The window's fields go straight onto the fresh event: an object of them spread into it made
  // two objects per message where one will do (a race at 32 in flight makes thousands a second).
  const received = receivedEvent(data, at, undefined, sized.body, event.isTrusted);
  received.origin = origin;
  received.ports = ports.length ? ports : undefined;
  received.unverified = !verdict.ok;
  return received;
}

/**
 * The parent's side: one listener on this window for every frame (as real pages have), sends
 * addressed by `envelope.recipient` to the matching frame with that frame's targetOrigin.
 */
export function createWindowInboxTransport(options: WindowInboxOptions): WindowTransport {
  const events = createEmitter<TransportEvent>();
  let listening = false;
  let windowMessages = 0;

  function onMessage(event: MessageEvent) {
    windowMessages++;
    const sources = options.sources?.();
    if (sources && !sources.includes(event.source)) return; // another window's conversation
    events.emit(
      receive(event, options.trusted(), options.verify(), options.maxBytes ?? MAX_MESSAGE_BYTES),
    );
  }

  return {
    get label() {
      return options.label?.() ?? options.address;
    },
    get windowMessages() {
      return windowMessages;
    },
    connect() {
      if (listening) return;
      window.addEventListener('message', onMessage);
      listening = true;
      events.emit({ type: 'status', at: now(), status: 'open', manual: false });
    },
    send(envelope: Envelope, transfer: Transferable[] = []): SendResult {
      const target = envelope.recipient ? options.targets().get(envelope.recipient) : undefined;
      const fail = (error: unknown) => sendFailed(events.emit, error, envelope.body);
      if (!target?.window)
        return fail(
          failure(
            'NotFoundError',
            `no window to send to (${envelope.recipient ?? 'no recipient'})`,
          ),
        );
      try {
        // Throws SyntaxError for a malformed targetOrigin (such as "null") and DataCloneError for
        // functions; a well-formed but wrong targetOrigin throws nothing and delivers nothing.
        // No transfer list when there is nothing to transfer (see the worker transport's send).
        if (transfer.length) target.window.postMessage(envelope, target.targetOrigin, transfer);
        else target.window.postMessage(envelope, target.targetOrigin);
      } catch (error) {
        return fail(error);
      }
      events.emit({
        type: 'sent',
        at: now(),
        envelope,
        size: byteSize(envelope.body),
        to: `${target.label} · targetOrigin ${target.targetOrigin}`,
      });
      return { ok: true };
    },
    subscribe: events.subscribe,
    close() {
      if (!listening) return;
      window.removeEventListener('message', onMessage);
      listening = false;
      events.emit({ type: 'status', at: now(), status: 'closed', manual: true });
    },
  };
}

/** A MessagePort: a private pipe between two windows; its traffic never reaches window `message`. */
export function createPortTransport({
  address,
  port,
}: TransportOptions & { port: MessagePort }): Transport {
  const events = createEmitter<TransportEvent>();
  let open = false;
  const viaPort = { detail: { via: 'MessagePort' } };
  const onMessage = (event: MessageEvent) =>
    events.emit(receivedEvent(event.data, now(), viaPort, null, event.isTrusted));
  return {
    label: address,
    connect() {
      if (open) return;
      port.addEventListener('message', onMessage);
      port.start(); // addEventListener (unlike onmessage) needs start() before messages flow
      open = true;
      events.emit({ type: 'status', at: now(), status: 'open', manual: false });
    },
    send(envelope, transfer = []) {
      try {
        port.postMessage(envelope, transfer);
      } catch (error) {
        return sendFailed(events.emit, error, envelope.body);
      }
      events.emit({
        type: 'sent',
        at: now(),
        envelope,
        size: byteSize(envelope.body),
        to: address,
      });
      return { ok: true };
    },
    subscribe: events.subscribe,
    close() {
      if (!open) return;
      port.removeEventListener('message', onMessage);
      port.close();
      open = false;
      events.emit({ type: 'status', at: now(), status: 'closed', manual: true });
    },
  };
}

/** For the hostile frame's demonstrations: post anything, anywhere, as an attacker would. */
export function postRaw(target: Window, data: unknown, targetOrigin = '*'): void {
  target.postMessage(data, targetOrigin);
}
