import type { SendResult, TransportEvent } from './transport-types';
import { parseEnvelope } from '../shared/envelope';
import { now } from './clock';
import { byteSize, type KnownBodySize } from './byte-size';
import { errorInfo, type ErrorInfo } from './error-info';

type Extra = Partial<Extract<TransportEvent, { type: 'received' }>>;

export type { KnownBodySize } from './byte-size';

/**
 * Inbound data as an event: an envelope when it is one, raw with the reason when it is not.
 * `extra`: fields the transport adds (origin, detail, …); none is the common case of a channel, and
 * then no empty object is made and spread for every message. `known`: the body's size, when the
 * caller measured it already (see sizeWithBody): it is not measured again. `isClone`: `data` is a
 * trusted MessageEvent's data or JSON.parse's output (see parseEnvelope).
 */
export function receivedEvent(
  data: unknown,
  at: number,
  extra?: Extra,
  known?: KnownBodySize | null,
  isClone = false,
): Extract<TransportEvent, { type: 'received' }> {
  const parsed = parseEnvelope(data, isClone);
  if (!parsed.ok)
    return { type: 'received', at, data, size: byteSize(data), raw: parsed.reason, ...extra };
  const { envelope } = parsed;
  // The body the caller measured (the parsed envelope keeps the same value) needs no new count.
  const size = known && envelope.body === known.body ? known.bodySize : byteSize(envelope.body);
  return extra
    ? { type: 'received', at, envelope, data, size, ...extra }
    : { type: 'received', at, envelope, data, size };
}

/** A send that failed: say so on the event stream and to the caller, with the browser's reason. */
export function sendFailed(
  emit: (event: TransportEvent) => void,
  error: unknown,
  body: unknown,
): SendResult {
  const info = errorInfo(error);
  emit({ type: 'error', at: now(), error: info, data: body });
  return { ok: false, error: info };
}

/**
 * A worker's script failed to load or threw. The ErrorEvent's message is the browser's report
 * ("Uncaught SyntaxError: …"), shown as written; without one the app says it in its own words.
 * https://html.spec.whatwg.org/multipage/workers.html#runtime-script-errors-2
 */
export const workerError = (event: ErrorEvent, fallback: string): ErrorInfo =>
  event.message
    ? { name: 'WorkerError', message: event.message, browser: true }
    : { name: 'WorkerError', message: fallback };

type Status = Extract<TransportEvent, { type: 'status' }>;

export { openFailed, statusFromError } from './status-from-error';

/** A change of connection state, as the log and the page's status badge read it. */
export const statusEvent = (status: Status['status'], reason?: string, manual = false): Status => ({
  type: 'status',
  at: now(),
  status,
  manual,
  reason,
});
