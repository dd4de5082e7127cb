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

/** Status entries carry a status word ("open", "closed"): show it in the reader's language. */
export function describeSummary(t: T, direction: string, summary: string): string {
  const key = `status.${summary}`;
  return direction === 'status' && hasMessage(key) ? t(key) : summary;
}
