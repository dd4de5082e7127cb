import { hasMessage } from '../../i18n/dictionary';
import type { T } from '../../i18n/use-t';
import type { LogEntry } from '../../store/log-types';
import { readStatusReason, translateStatusReason } from './status-i18n';
import { saidText, type Said } from './said-part';

/**
 * Known reason codes ("own-echo", "storage-clear", …) and the status reasons transports write
 * ("connected", "listening from 12-4") are translated; anything else shows as it is. `browser`:
 * the reason is the browser's own words (a WebSocket or EventSource constructor's SyntaxError):
 * unless the app wrote the same words, it shows as written, marked as the browser's.
 */
export function readReason(t: T, reason: string | undefined, browser?: boolean): Said {
  if (!reason) return [];
  const key = `reason.${reason}`;
  if (hasMessage(key)) return [t(key)];
  return readStatusReason(t, reason) ?? (browser ? [{ browser: reason }] : [reason]);
}

/**
 * An entry's reason. Only a status's reason can be the browser's words: an error's reason is its
 * name (InvalidStateError), an identifier, and its message is in the summary (readSummary).
 */
export const readEntryReason = (
  t: T,
  { direction, reason, browserWords }: Pick<LogEntry, 'direction' | 'reason' | 'browserWords'>,
): Said => readReason(t, reason, direction === 'status' && browserWords);

/**
 * Status entries carry a status word ("open", "closed") or, when a page wrote them, a line of its
 * own ("signalling → offer (SDP, 12 lines)"), as do some errors ("making an offer failed: …"):
 * in the reader's language when known. An error the browser wrote itself keeps its message as
 * written, marked as the browser's. Other entries' summaries are payloads, never translated.
 */
export function readSummary(
  t: T,
  { direction, summary, browserWords }: Pick<LogEntry, 'direction' | 'summary' | 'browserWords'>,
): Said {
  if (direction !== 'status' && direction !== 'error') return [summary];
  const key = `status.${summary}`;
  if (direction === 'status' && hasMessage(key)) return [t(key)];
  const known = readStatusReason(t, summary);
  if (known) return known;
  // An error entry's summary is "Name: message" (hooks/log-transport-event.ts). The name is an
  // identifier (InvalidStateError) and stays; the app's own message is read back in the reader's
  // language, the browser's is shown as written, marked.
  const at = summary.indexOf(': ');
  if (direction !== 'error' || at <= 0) return [summary];
  const [name, message] = [summary.slice(0, at + 2), summary.slice(at + 2)];
  if (browserWords) return [name, { browser: message }];
  const read = readStatusReason(t, message);
  // A plain Error's name says nothing the app's own sentence does not ("Error: Worker 从未启动").
  if (read) return name === 'Error: ' ? read : [name, ...read];
  // A refusal the server worded and the app has no code for: the server's words, marked.
  return SERVER_ERRORS.has(name.slice(0, -2)) ? [name, { server: message }] : [summary];
}

// The errors that carry the server's refusal (the chat's error frames, lib/server-api.ts).
const SERVER_ERRORS = new Set(['ServerError', 'ApiError']);

/**
 * A refusal's words (an ApiError's message) in the reader's language when the app knows them,
 * else the server's words as written, marked as the server's (said.tsx).
 */
export const readServerWords = (t: T, words: string): Said =>
  readStatusReason(t, words) ?? [{ server: words }];

/**
 * An error's message as a page shows it (a send form's "Not sent: …"), read as the log reads an
 * error entry: the browser's words as written and marked, a refusal the server worded without a
 * code the app knows marked as the server's, the app's own words in the reader's language.
 */
export function readErrorMessage(
  t: T,
  { name, message, browser }: { name: string; message: string; browser?: boolean },
): Said {
  if (browser) return [{ browser: message }];
  if (SERVER_ERRORS.has(name)) return readServerWords(t, message);
  return readStatusReason(t, message) ?? [message];
}

const asText = saidText;

export const describeReason = (t: T, reason: string | undefined): string =>
  asText(readReason(t, reason));

export const describeSummary = (t: T, direction: string, summary: string): string =>
  asText(readSummary(t, { direction: direction as LogEntry['direction'], summary }));

/**
 * Where an entry went, in the reader's language when it is said in words ("the feed (POST)",
 * `channel "comms-lab"`); null for an address or a name, which the row shows as written.
 */
export const describeTo = (t: T, to: string): string | null => translateStatusReason(t, to);
