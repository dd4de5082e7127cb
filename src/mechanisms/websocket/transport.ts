// A WebSocket to the Comms Lab server's chat (/ws), reconnected by this transport (retry.ts) unless
// the person pressed Disconnect. In a cluster, an instance that goes away (1001, or no close frame:
// 1006) makes it move to the next one at once, and the join there resumes from the last message id
// this tab has (chat-session.ts). Writing: outbound.ts; reading: inbound.ts. The connection's status
// travels as status events only; state() holds what no event says (the countdown, the room).
// https://developer.mozilla.org/en-US/docs/Web/API/WebSocket
import { DEFAULT_BACKOFF } from '../../lib/backoff';
import { createEmitter } from '../../lib/emitter';
import { createEnvelopeFactory } from '../../lib/envelope-factory';
import { englishCount } from '../../lib/english-count';
import { withJoinCode } from '../../lib/join-code';
import { openFailed, statusEvent } from '../../lib/transport-events';
import type { TransportEvent } from '../../lib/transport-types';
import { DEFAULT_ROOM } from '../../shared/server-protocol';
import { createChatSession } from './chat-session';
import { takeFrame } from './inbound';
import { createOutbound } from './outbound';
import { createRetry } from './retry';
import { describeClose, toSocketUrl } from './socket-url';
import type { CloseInfo, WebSocketOptions, WebSocketTransport } from './types';

/** Closes that mean the instance itself is gone: going away (1001), or no close frame (1006). */
const LOST = new Set([1001, 1006]);

export function createWebSocketTransport(options: WebSocketOptions): WebSocketTransport {
  const events = createEmitter<TransportEvent>();
  const changes = createEmitter<void>();
  const control = createEnvelopeFactory('websocket');
  let url = options.address;
  let socket: WebSocket | null = null;
  let manual = false;
  let closedForGood = false;
  let lastClose: CloseInfo | null = null;
  let self = options.self;
  const session = createChatSession(options.room ?? DEFAULT_ROOM, events.emit);
  const retry = createRetry(options.backoff ?? DEFAULT_BACKOFF, options.random, () => open());
  const changed = () => changes.emit();
  const status = (...args: Parameters<typeof statusEvent>) => events.emit(statusEvent(...args));
  const label = () => `${url} · room "${session.state().room}"`;
  const isOpen = () => socket?.readyState === WebSocket.OPEN;
  const out = createOutbound({
    emit: events.emit,
    changed,
    socket: () => socket,
    label,
    sentChat: session.sentChat,
    envelope: (kind, body) => control(self, kind, body),
    queueLimit: options.queueLimit ?? 50,
  });

  function open() {
    retry.cancel();
    // Resolved at every attempt: in a cluster the base is the instance in use, which may change.
    url = withJoinCode(toSocketUrl(options.address, options.base?.() ?? location.href));
    try {
      socket = new WebSocket(url);
    } catch (error) {
      // A malformed URL or a blocked port throws here, synchronously.
      events.emit(openFailed(error));
      return scheduleRetry();
    }
    socket.binaryType = 'arraybuffer';
    const current = socket;
    status('connecting', retry.attempt > 0 ? `attempt ${retry.attempt}` : undefined);
    // A socket this transport has let go of (a relocation) is no longer its business.
    current.addEventListener('open', () => current === socket && onOpen());
    current.addEventListener('message', (event: MessageEvent) => {
      if (current !== socket) return;
      takeFrame(event.data, events.emit, session);
      changed();
    });
    current.addEventListener('close', (event: CloseEvent) => current === socket && onClose(event));
    // An error is always followed by close, which says more; the event itself carries nothing.
    current.addEventListener('error', () => undefined);
    changed();
  }

  function onOpen() {
    const reconnected = retry.attempt > 0;
    retry.reset();
    // Join first: the server handles frames in order, so queued messages land in the room.
    out.control('join', session.joinBody(), isOpen());
    const flushed = out.queue.markReady((envelope) => out.writeNow(envelope));
    const said = [reconnected ? 'reconnected' : 'connected'];
    if (flushed) said.push(`${englishCount(flushed, 'queued message', 'queued messages')} sent`);
    status('open', said.join('; '));
    changed();
  }

  function dropSocket() {
    socket = null;
    session.closed();
    out.queue.reset();
    out.stopWatching();
  }

  function onClose(event: CloseEvent) {
    dropSocket();
    lastClose = { code: event.code, reason: event.reason, wasClean: event.wasClean, manual };
    status('closed', describeClose(event), manual);
    if (manual || closedForGood) return changed();
    // The instance went (shut down, or unreachable): in a cluster, the next one, at once.
    if (LOST.has(event.code) && options.onLost?.()) retry.reset();
    scheduleRetry();
  }

  function scheduleRetry() {
    retry.schedule();
    changed();
  }

  return {
    get label() {
      return label();
    },
    connect() {
      if (closedForGood || socket) return;
      manual = false;
      open();
    },
    relocate() {
      if (closedForGood || manual) return;
      const previous = socket;
      dropSocket(); // its close event is then no longer this transport's business
      previous?.close(1000, 'Moving to another instance');
      retry.reset();
      open();
    },
    send: (envelope) =>
      out.send(envelope, isOpen() ? 'open' : manual || closedForGood ? 'disconnected' : 'away'),
    sendBinary: (data) => out.sendBinary(data, isOpen()),
    subscribe: events.subscribe,
    onChange: changes.subscribe,
    disconnect() {
      retry.cancel();
      manual = true;
      retry.reset();
      if (socket && socket.readyState <= WebSocket.OPEN) socket.close(1000, 'Disconnected by you');
      else status('closed', 'disconnected by you', true);
      out.abandon();
      changed();
    },
    reconnectNow() {
      if (closedForGood || (socket && socket.readyState <= WebSocket.OPEN)) return;
      manual = false;
      open();
    },
    join(next) {
      session.moveTo(next);
      out.control('join', session.joinBody(), isOpen());
      changed();
    },
    rename(name) {
      self = { ...self, name };
      out.control('rename', { name }, isOpen());
    },
    state: () => ({
      url,
      // The closing handshake has no event of its own: close() was called, no close event yet.
      closing: socket?.readyState === WebSocket.CLOSING,
      attempt: retry.attempt,
      retryAt: retry.retryAt,
      queued: out.queue.size,
      bufferedAmount: socket?.bufferedAmount ?? 0,
      lastClose,
      ...session.state(),
    }),
    close() {
      if (closedForGood) return;
      closedForGood = true;
      retry.cancel();
      out.stopWatching();
      const current = socket;
      socket = null;
      if (current && current.readyState <= WebSocket.OPEN) current.close(1000, 'Page left');
      status('closed', undefined, true);
    },
  };
}
