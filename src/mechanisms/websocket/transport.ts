// A WebSocket to the Comms Lab server's chat (/ws). The browser never reconnects a WebSocket by
// itself: this transport does, with exponential backoff and jitter, unless the person pressed
// Disconnect. Messages typed while it is away wait in a bounded queue and go out after the next
// join; what does not fit is refused with a reason, never dropped.
// https://developer.mozilla.org/en-US/docs/Web/API/WebSocket
import { backoffDelay, DEFAULT_BACKOFF } from '../../lib/backoff';
import { now } from '../../lib/clock';
import { byteSize } from '../../lib/describe-value';
import { createEmitter } from '../../lib/emitter';
import { createEnvelopeFactory } from '../../lib/envelope-factory';
import { errorInfo } from '../../lib/error-info';
import { withJoinCode } from '../../lib/join-code';
import { ReadyQueue } from '../../lib/ready-queue';
import { receivedEvent, sendFailed } from '../../lib/transport-events';
import type { Envelope } from '../../shared/envelope';
import { DEFAULT_ROOM, WS_LIMITS, type Member } from '../../shared/server-protocol';
import type { SendResult, TransportEvent } from '../../lib/transport-types';
import { decodeServer, type ServerMessage } from './protocol';
import { closeMeaning, toSocketUrl } from './socket-url';
import type { CloseInfo, ReadyState, WebSocketOptions, WebSocketTransport } from './types';

const READY: ReadyState[] = ['connecting', 'open', 'closing', 'closed'];

export function createWebSocketTransport(options: WebSocketOptions): WebSocketTransport {
  const events = createEmitter<TransportEvent>();
  const changes = createEmitter<void>();
  const control = createEnvelopeFactory('websocket');
  const queue = new ReadyQueue<Envelope>(options.queueLimit ?? 50);
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  let url = options.address;
  let socket: WebSocket | null = null;
  let attempt = 0;
  let retryAt: number | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let bufferTimer: ReturnType<typeof setInterval> | undefined;
  let manual = false;
  let closedForGood = false;
  let lastClose: CloseInfo | null = null;
  let room = options.room ?? DEFAULT_ROOM;
  let self = options.self;
  let members: Member[] = [];
  let total = 0;
  let connection: string | null = null;
  let lastAckMs: number | null = null;
  const pendingAcks = new Map<string, number>();
  const changed = () => changes.emit();
  const status = (
    value: 'connecting' | 'open' | 'closed' | 'error',
    reason?: string,
    isManual = false,
  ) => events.emit({ type: 'status', at: now(), status: value, manual: isManual, reason });

  function open() {
    clearTimeout(retryTimer);
    retryAt = null;
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

  function writeNow(envelope: Envelope): SendResult {
    let text: string;
    try {
      text = JSON.stringify(envelope);
    } catch (error) {
      return sendFailed(events.emit, error, envelope.body);
    }
    try {
      socket?.send(text);
    } catch (error) {
      return sendFailed(events.emit, error, envelope.body);
    }
    if (envelope.kind === 'chat') pendingAcks.set(envelope.id, now());
    events.emit({ type: 'sent', at: now(), envelope, size: byteSize(envelope.body), to: label() });
    watchBuffer();
    return { ok: true };
  }

  function onOpen(current: WebSocket) {
    if (current !== socket) return;
    const reconnected = attempt > 0;
    attempt = 0;
    // Join first: the server handles frames in order, so queued messages land in the room.
    writeControl('join', { room });
    const flushed = queue.markReady((envelope) => writeNow(envelope));
    status(
      'open',
      [
        reconnected ? 'reconnected' : 'connected',
        flushed ? `${flushed} queued message(s) sent` : '',
      ]
        .filter(Boolean)
        .join('; '),
    );
    changed();
  }

  function writeControl(kind: 'join' | 'rename', body: unknown) {
    if (socket?.readyState !== WebSocket.OPEN) return;
    socket.send(JSON.stringify(control(self, kind, body)));
  }

  function onServer(message: ServerMessage, at: number) {
    switch (message.kind) {
      case 'welcome':
        connection = message.body.connection;
        break;
      case 'joined':
      case 'presence':
        if (message.body.room === room) {
          members = message.body.members;
          total = message.body.total;
        }
        break;
      case 'ack': {
        const sentAt = pendingAcks.get(message.body.id);
        pendingAcks.delete(message.body.id);
        if (sentAt !== undefined) lastAckMs = at - sentAt;
        break;
      }
      case 'rate-limited':
        events.emit({
          type: 'error',
          at,
          error: {
            name: 'RateLimited',
            message: `the server refused a message: over ${WS_LIMITS.ratePerSecond}/s (bursts of ${WS_LIMITS.burst}); try again in ${message.body.retryInMs} ms`,
          },
        });
        break;
      case 'error':
        events.emit({
          type: 'error',
          at,
          error: { name: 'ServerError', message: message.body.reason },
        });
        break;
    }
    changed();
  }

  function onMessage(current: WebSocket, message: MessageEvent) {
    if (current !== socket) return;
    const at = now();
    const data: unknown = message.data;
    if (data instanceof ArrayBuffer) {
      events.emit({
        type: 'received',
        at,
        data,
        size: data.byteLength,
        raw: 'a binary frame',
        detail: { bytes: data.byteLength },
      });
      return;
    }
    let parsed: unknown = data;
    try {
      parsed = JSON.parse(String(data));
    } catch {
      // Logged as raw text: the server only sends JSON, but nothing that arrives is dropped.
    }
    const event = receivedEvent(parsed, at);
    const server = event.envelope ? decodeServer(event.envelope) : null;
    // Errors and rate limits become error entries; the rest are logged as they are.
    if (server?.kind !== 'error' && server?.kind !== 'rate-limited') events.emit(event);
    if (server) onServer(server, at);
  }

  function onClose(current: WebSocket, event: CloseEvent) {
    if (current !== socket) return;
    socket = null;
    connection = null;
    members = [];
    total = 0;
    queue.reset();
    clearInterval(bufferTimer);
    lastClose = { code: event.code, reason: event.reason, wasClean: event.wasClean, manual };
    status(
      'closed',
      `${event.code} ${closeMeaning(event.code)}${event.reason ? `: ${event.reason}` : ''}`,
      manual,
    );
    if (!manual && !closedForGood) scheduleRetry();
    changed();
  }

  function scheduleRetry() {
    attempt++;
    const delay = backoffDelay(attempt, backoff, options.random);
    retryAt = Date.now() + delay;
    retryTimer = setTimeout(open, delay);
    changed();
  }

  function watchBuffer() {
    if (bufferTimer !== undefined || !socket) return;
    // bufferedAmount changes without an event: look until it drains.
    bufferTimer = setInterval(() => {
      changed();
      if (!socket || socket.bufferedAmount === 0) {
        clearInterval(bufferTimer);
        bufferTimer = undefined;
      }
    }, 100);
  }

  const label = () => `${url} · room "${room}"`;
  const isOpen = () => socket?.readyState === WebSocket.OPEN;

  return {
    get label() {
      return label();
    },
    connect() {
      if (closedForGood || socket) return;
      url = withJoinCode(toSocketUrl(options.address, location.href));
      manual = false;
      open();
    },
    send(envelope) {
      if (isOpen()) return writeNow(envelope);
      if (manual || closedForGood)
        return sendFailed(
          events.emit,
          { name: 'InvalidStateError', message: 'disconnected: press Connect, then send' },
          envelope.body,
        );
      const outcome = queue.offer(envelope, writeNow);
      changed();
      if (outcome === 'refused')
        return sendFailed(
          events.emit,
          {
            name: 'QuotaExceededError',
            message: `${queue.limit} messages are already waiting for the connection`,
          },
          envelope.body,
        );
      return { ok: true };
    },
    sendBinary(data) {
      if (!isOpen())
        return sendFailed(
          events.emit,
          { name: 'InvalidStateError', message: 'binary frames are sent only while open' },
          data,
        );
      try {
        socket?.send(data);
      } catch (error) {
        return sendFailed(events.emit, error, data);
      }
      const size = data instanceof Blob ? data.size : data.byteLength;
      events.emit({
        type: 'sent',
        at: now(),
        envelope: control(self, 'binary', { bytes: size }),
        size,
        to: label(),
      });
      watchBuffer();
      return { ok: true };
    },
    subscribe: events.subscribe,
    onChange: changes.subscribe,
    disconnect() {
      clearTimeout(retryTimer);
      retryAt = null;
      manual = true;
      attempt = 0;
      if (socket && socket.readyState <= WebSocket.OPEN) socket.close(1000, 'Disconnected by you');
      else status('closed', 'disconnected by you', true);
      for (const envelope of queue.drain())
        sendFailed(
          events.emit,
          { name: 'AbortError', message: 'disconnected by you before it could be sent' },
          envelope.body,
        );
      changed();
    },
    reconnectNow() {
      if (closedForGood || (socket && socket.readyState <= WebSocket.OPEN)) return;
      manual = false;
      open();
    },
    join(next) {
      room = next;
      members = [];
      total = 0;
      writeControl('join', { room });
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
      queued: queue.size,
      bufferedAmount: socket?.bufferedAmount ?? 0,
      lastClose,
      room,
      members,
      total,
      lastAckMs,
      connection,
    }),
    close() {
      if (closedForGood) return;
      closedForGood = true;
      clearTimeout(retryTimer);
      clearInterval(bufferTimer);
      const current = socket;
      socket = null;
      if (current && current.readyState <= WebSocket.OPEN) current.close(1000, 'Page left');
      events.emit({ type: 'status', at: now(), status: 'closed', manual: true });
    },
  };
}
