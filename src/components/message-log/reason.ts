import { hasMessage } from '../../i18n/dictionary';
import type { T } from '../../i18n/use-t';
import { translateStatusReason } from './status-i18n';

/**
 * Known reason codes ("own-echo", "storage-clear", …) and the status reasons transports write
 * ("connected", "listening from 12-4") are translated; anything else shows as it is.
 */
export function describeReason(t: T, reason: string | undefined): string {
  if (!reason) return '';
  const key = `reason.${reason}`;
  return hasMessage(key) ? t(key) : (translateStatusReason(t, reason) ?? reason);
}

/**
 * Status entries carry a status word ("open", "closed") or, when a page wrote them, a line of its
 * own ("signalling → offer (SDP, 12 lines)"), as do some errors ("making an offer failed: …"):
 * in the reader's language when known. Other entries' summaries are payloads, never translated.
 */
export function describeSummary(t: T, direction: string, summary: string): string {
  if (direction !== 'status' && direction !== 'error') return summary;
  const key = `status.${summary}`;
  if (direction === 'status' && hasMessage(key)) return t(key);
  return translateStatusReason(t, summary) ?? summary;
}

/**
 * Where an entry went, in the reader's language when it is said in words ("the feed (POST)",
 * `channel "comms-lab"`); null for an address or a name, which the row shows as written.
 */
export const describeTo = (t: T, to: string): string | null => translateStatusReason(t, to);
