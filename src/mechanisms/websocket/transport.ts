// A WebSocket to the Comms Lab server's chat (/ws). The browser never reconnects a WebSocket by
// itself: this transport does, with exponential backoff and jitter, unless the person pressed
// Disconnect. In a cluster (several instances on one Redis), an instance that goes away (1001, or
// no close frame: 1006) makes it move to the next one at once, and the join there resumes from the
// last message id this tab has (chat-session.ts). Writing: outbound.ts; reading: inbound.ts.
// https://developer.mozilla.org/en-US/docs/Web/API/WebSocket
import { backoffDelay, DEFAULT_BACKOFF } from '../../lib/backoff';
import { now } from '../../lib/clock';
import { createEmitter } from '../../lib/emitter';
import { createEnvelopeFactory } from '../../lib/envelope-factory';
import { errorInfo } from '../../lib/error-info';
import { withJoinCode } from '../../lib/join-code';
import type { TransportEvent } from '../../lib/transport-types';
import { DEFAULT_ROOM } from '../../shared/server-protocol';
import { createChatSession } from './chat-session';
import { readFrame } from './inbound';
import { createOutbound } from './outbound';
import { closeMeaning, toSocketUrl } from './socket-url';
import type { CloseInfo, ReadyState, WebSocketOptions, WebSocketTransport } from './types';

const READY: ReadyState[] = ['connecting', 'open', 'closing', 'closed'];
/** Closes that mean the instance itself is gone: going away (1001), or no close frame (1006). */
const LOST = new Set([1001, 1006]);

export function createWebSocketTransport(options: WebSocketOptions): WebSocketTransport {
  const events = createEmitter<TransportEvent>();
  const changes = createEmitter<void>();
  const control = createEnvelopeFactory('websocket');
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  let url = options.address;
  let socket: WebSocket | null = null;
  let attempt = 0;
  let retryAt: number | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let manual = false;
  let closedForGood = false;
  let lastClose: CloseInfo | null = null;
  let self = options.self;
  const session = createChatSession(options.room ?? DEFAULT_ROOM, events.emit);
  const changed = () => changes.emit();
  const status = (
    value: 'connecting' | 'open' | 'closed' | 'error',
    reason?: string,
    isManual = false,
  ) => events.emit({ type: 'status', at: now(), status: value, manual: isManual, reason });
  const label = () => `${url} · room "${session.state().room}"`;
  const isOpen = () => socket?.readyState === WebSocket.OPEN;
  const out = createOutbound({
    emit: events.emit,
    changed,
    socket: () => socket,
    label,
    sentChat: session.sentChat,
    binaryEnvelope: (bytes) => control(self, 'binary', { bytes }),
    queueLimit: options.queueLimit ?? 50,
  });

  function open() {
    clearTimeout(retryTimer);
    retryAt = null;
    // Resolved at every attempt: in a cluster the base is the instance in use, which may change.
    url = withJoinCode(toSocketUrl(options.address, options.base?.() ?? location.href));
    try {
      socket = new WebSocket(url);
    } catch (error) {
      // A malformed URL or a blocked port throws here, synchronously.
      status('error', errorInfo(error).message);
      scheduleRetry();
      return;
    }
    socket.binaryType = 'arraybuffer';
    const current = socket;
    status('connecting', attempt > 0 ? `attempt ${attempt}` : undefined);
    current.addEventListener('open', () => onOpen(current));
    current.addEventListener('message', (event: MessageEvent) => onMessage(current, event));
    current.addEventListener('close', (event: CloseEvent) => onClose(current, event));
    // An error is always followed by close, which says more; the event itself carries nothing.
    current.addEventListener('error', () => undefined);
    changed();
  }

  function onOpen(current: WebSocket) {
    if (current !== socket) return;
    const reconnected = attempt > 0;
    attempt = 0;
    // Join first: the server handles frames in order, so queued messages land in the room.
    writeControl('join', session.joinBody());
    const flushed = out.queue.markReady((envelope) => out.writeNow(envelope));
    const said = [reconnected ? 'reconnected' : 'connected'];
    if (flushed) said.push(`${flushed} queued message(s) sent`);
    status('open', said.join('; '));
    changed();
  }

  function writeControl(kind: 'join' | 'rename', body: unknown) {
    if (socket?.readyState !== WebSocket.OPEN) return;
    socket.send(JSON.stringify(control(self, kind, body)));
  }

  function onMessage(current: WebSocket, message: MessageEvent) {
    if (current !== socket) return;
    const at = now();
    const { event, server } = readFrame(message.data, at);
    // Errors and rate limits become error entries; the rest are logged as they are.
    if (server?.kind !== 'error' && server?.kind !== 'rate-limited') events.emit(event);
    if (server) session.onServer(server, at);
    else if (event.type === 'received' && event.envelope?.kind === 'chat')
      session.relayed(event.envelope);
    changed();
  }

  function dropSocket() {
    socket = null;
    session.closed();
    out.queue.reset();
    out.stopWatching();
  }

  function onClose(current: WebSocket, event: CloseEvent) {
    if (current !== socket) return;
    dropSocket();
    lastClose = { code: event.code, reason: event.reason, wasClean: event.wasClean, manual };
    const reason = `${event.code} ${closeMeaning(event.code)}${event.reason ? `: ${event.reason}` : ''}`;
    status('closed', reason, manual);
    if (manual || closedForGood) return changed();
    // The instance went (shut down, or unreachable): in a cluster, the next one, at once.
    if (LOST.has(event.code) && options.onLost?.()) attempt = 0;
    scheduleRetry();
    changed();
  }

  function scheduleRetry() {
    attempt++;
    const delay = backoffDelay(attempt, backoff, options.random);
    retryAt = Date.now() + delay;
    retryTimer = setTimeout(open, delay);
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
      attempt = 0;
      open();
    },
    send: (envelope) =>
      out.send(envelope, isOpen() ? 'open' : manual || closedForGood ? 'disconnected' : 'away'),
    sendBinary: (data) => out.sendBinary(data, isOpen()),
    subscribe: events.subscribe,
    onChange: changes.subscribe,
    disconnect() {
      clearTimeout(retryTimer);
      retryAt = null;
      manual = true;
      attempt = 0;
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
      writeControl('join', session.joinBody());
      changed();
    },
    rename(name) {
      self = { ...self, name };
      writeControl('rename', { name });
    },
    state: () => ({
      url,
      readyState: socket ? (READY[socket.readyState] ?? 'closed') : 'closed',
      attempt,
      retryAt,
      manual,
      queued: out.queue.size,
      bufferedAmount: socket?.bufferedAmount ?? 0,
      lastClose,
      ...session.state(),
    }),
    close() {
      if (closedForGood) return;
      closedForGood = true;
      clearTimeout(retryTimer);
      out.stopWatching();
      const current = socket;
      socket = null;
      if (current && current.readyState <= WebSocket.OPEN) current.close(1000, 'Page left');
      events.emit({ type: 'status', at: now(), status: 'closed', manual: true });
    },
  };
}
