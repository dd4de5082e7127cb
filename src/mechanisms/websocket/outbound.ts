// The chat's way out: every frame this tab writes, the bounded queue of messages typed while the
// socket is away (they go out after the next join; what does not fit is refused with a reason,
// never dropped), and `bufferedAmount`, which changes without an event, watched until it drains.
// https://developer.mozilla.org/en-US/docs/Web/API/WebSocket/bufferedAmount
import { now } from '../../lib/clock';
import { byteSize } from '../../lib/describe-value';
import { ReadyQueue } from '../../lib/ready-queue';
import { sendFailed } from '../../lib/transport-events';
import type { SendResult, TransportEvent } from '../../lib/transport-types';
import type { Envelope } from '../../shared/envelope';

type Deps = {
  emit: (event: TransportEvent) => void;
  changed: () => void;
  socket: () => WebSocket | null;
  /** Where a sent entry says it went. */
  label: () => string;
  /** A chat message left: the session waits for its ack. */
  sentChat: (id: string) => void;
  /** This tab's own envelope of `kind` (a join, a rename; a binary frame, as the log shows it). */
  envelope: (kind: string, body: unknown) => Envelope;
  queueLimit: number;
};

export function createOutbound(deps: Deps) {
  const { emit, changed, socket } = deps;
  const queue = new ReadyQueue<Envelope>(deps.queueLimit);
  let bufferTimer: ReturnType<typeof setInterval> | undefined;
  const refuse = (name: string, message: string, body: unknown) =>
    sendFailed(emit, { name, message }, body);

  function watchBuffer() {
    if (bufferTimer !== undefined || !socket()) return;
    bufferTimer = setInterval(() => {
      changed();
      const current = socket();
      if (!current || current.bufferedAmount === 0) stopWatching();
    }, 100);
  }
  function stopWatching() {
    clearInterval(bufferTimer);
    bufferTimer = undefined;
  }

  function writeNow(envelope: Envelope): SendResult {
    let text: string;
    try {
      text = JSON.stringify(envelope);
      socket()?.send(text);
    } catch (error) {
      return sendFailed(emit, error, envelope.body);
    }
    if (envelope.kind === 'chat') deps.sentChat(envelope.id);
    emit({ type: 'sent', at: now(), envelope, size: byteSize(envelope.body), to: deps.label() });
    watchBuffer();
    return { ok: true };
  }

  return {
    queue,
    writeNow,
    stopWatching,
    /** A chat message: now when open, else queued until the next join (unless disconnected). */
    send(envelope: Envelope, state: 'open' | 'away' | 'disconnected'): SendResult {
      if (state === 'open') return writeNow(envelope);
      if (state === 'disconnected')
        return refuse('InvalidStateError', 'disconnected: press Connect, then send', envelope.body);
      const outcome = queue.offer(envelope, writeNow);
      changed();
      if (outcome !== 'refused') return { ok: true };
      return refuse(
        'QuotaExceededError',
        `${queue.limit} messages are already waiting for the connection`,
        envelope.body,
      );
    },
    sendBinary(data: ArrayBuffer | Blob, open: boolean): SendResult {
      if (!open) return refuse('InvalidStateError', 'binary frames are sent only while open', data);
      try {
        socket()?.send(data);
      } catch (error) {
        return sendFailed(emit, error, data);
      }
      const size = data instanceof Blob ? data.size : data.byteLength;
      emit({
        type: 'sent',
        at: now(),
        envelope: deps.envelope('binary', { bytes: size }),
        size,
        to: deps.label(),
      });
      watchBuffer();
      return { ok: true };
    },
    /**
     * What this tab says about itself (join a room, a new name): written only while open (a
     * reconnect joins again), and bookkeeping, not a message: never on the event stream.
     */
    control(kind: 'join' | 'rename', body: unknown, open: boolean) {
      if (open) socket()?.send(JSON.stringify(deps.envelope(kind, body)));
    },
    /** The person disconnected: what waited is refused, each with the reason. */
    abandon() {
      for (const envelope of queue.drain())
        refuse('AbortError', 'disconnected by you before it could be sent', envelope.body);
    },
  };
}
