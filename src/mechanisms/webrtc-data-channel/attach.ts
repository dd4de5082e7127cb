// What a data channel tells this tab: open and close (as the transport's status), errors, and
// messages: text parsed as an envelope where it is one, ArrayBuffers kept as binary.
import { errorInfo } from '../../lib/error-info';
import { now } from '../../lib/clock';
import { byteSize } from '../../lib/describe-value';
import { receivedEvent, sendFailed } from '../../lib/transport-events';
import type { SendResult, TransportEvent } from '../../lib/transport-types';
import type { Envelope } from '../../shared/envelope';

type Hooks = {
  emit: (event: TransportEvent) => void;
  changed: () => void;
  partner: () => string;
  /** Only the channel in use speaks for the transport's status; a replaced one closes quietly. */
  isCurrent: () => boolean;
  onBinary: () => void;
};

export function attachChannel(ch: RTCDataChannel, hooks: Hooks): void {
  // Chromium's default is already 'arraybuffer' (the spec's too); set so Blob never surprises.
  ch.binaryType = 'arraybuffer';
  const facts = () =>
    `ordered: ${ch.ordered}, maxRetransmits: ${ch.maxRetransmits ?? 'null (reliable)'}`;
  const status = (value: 'open' | 'closed', reason: string) =>
    hooks.emit({ type: 'status', at: now(), status: value, manual: false, reason });
  const onOpen = () => {
    status('open', `data channel "${ch.label}" open to ${hooks.partner()} (${facts()})`);
    hooks.changed();
  };
  if (ch.readyState === 'open') onOpen();
  else ch.addEventListener('open', onOpen);
  ch.addEventListener('close', () => {
    if (hooks.isCurrent()) status('closed', `data channel "${ch.label}" closed`);
    hooks.changed();
  });
  ch.addEventListener('error', (event) => {
    // The RTCError's message is Chromium's own ("User-Initiated Abort, reason=Close called").
    const error = (event as RTCErrorEvent).error as RTCError | null;
    hooks.emit({
      type: 'error',
      at: now(),
      error: error ? errorInfo(error) : { name: 'RTCError', message: 'the data channel failed' },
    });
  });
  ch.addEventListener('message', (event: MessageEvent<unknown>) => {
    const data = event.data;
    const detail = { via: 'RTCDataChannel', channel: ch.label, ordered: ch.ordered };
    if (data instanceof ArrayBuffer) {
      hooks.onBinary();
      hooks.changed();
      hooks.emit({
        type: 'received',
        at: now(),
        data,
        size: data.byteLength,
        raw: 'binary: an ArrayBuffer, not an envelope',
        detail: { ...detail, binary: true, bytes: data.byteLength },
      });
      return;
    }
    let parsed: unknown = data;
    try {
      parsed = JSON.parse(String(data));
    } catch {
      // Kept as text: logged raw, never dropped.
    }
    hooks.emit(receivedEvent(parsed, now(), { detail }, null, true)); // JSON.parse's output (or text)
  });
}

/** An envelope as JSON text on an open channel; what send() throws (too big, closing) is reported. */
export function sendEnvelope(
  ch: RTCDataChannel,
  envelope: Envelope,
  emit: (event: TransportEvent) => void,
  partner: string,
): SendResult {
  try {
    ch.send(JSON.stringify(envelope));
  } catch (error) {
    return sendFailed(emit, error, envelope.body);
  }
  const to = `data channel "${ch.label}" → ${partner}`;
  emit({ type: 'sent', at: now(), envelope, size: byteSize(envelope.body), to });
  return { ok: true };
}
