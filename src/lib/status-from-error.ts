import { now } from './clock';
import { errorInfo } from './error-info';
import type { TransportEvent } from './transport-types';

// Kept apart from transport-events.ts, which parses envelopes: lazy-transport.ts is in the first
// visit and needs only this, not the envelope parser.
type Status = Extract<TransportEvent, { type: 'status' }>;

/**
 * A status whose reason is what was thrown: its message, marked as the browser's words when the
 * browser wrote it (a DOMException, a built-in TypeError), so the log shows it as written instead
 * of as untranslated prose; the app's own errors stay plain, to be read back in the reader's
 * language.
 */
export function statusFromError(status: Status['status'], error: unknown, manual = false): Status {
  const info = errorInfo(error);
  const event: Status = { type: 'status', at: now(), status, manual, reason: info.message };
  return info.browser ? { ...event, browser: true } : event;
}

/** A connect() the browser refused (the constructor threw): an error status with its reason. */
export const openFailed = (error: unknown): Status => statusFromError('error', error);
