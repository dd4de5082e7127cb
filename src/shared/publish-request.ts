// The body of POST /api/sse/publish: what a page (or the Race) asks the feed to broadcast.
// Validated on the server; the pages build it with the same types. Pure: no DOM, no Node.
import { describeType, parseEnvelope, type Envelope } from './envelope';
import {
  PUBLISHABLE_TYPES,
  RACE_EVENT,
  type PublishableType,
  type PublishEvent,
} from './feed-protocol';

export type PublishRequest = { event: PublishEvent; envelope: Envelope };
export type PublishResult = { ok: true; request: PublishRequest } | { ok: false; reason: string };

/** Validates a POST /api/sse/publish body (already JSON-parsed). */
export function parsePublish(data: unknown): PublishResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, reason: `the body must be a JSON object, not ${describeType(data)}` };
  const record = data as Record<string, unknown>;
  const event = record.event ?? 'message';
  if (!PUBLISHABLE_TYPES.includes(event as PublishableType) && event !== RACE_EVENT)
    return { ok: false, reason: `event must be one of ${PUBLISHABLE_TYPES.join(', ')}` };
  const parsed = parseEnvelope(record.envelope);
  if (!parsed.ok) return { ok: false, reason: `envelope: ${parsed.reason}` };
  return {
    ok: true,
    request: { event: event as PublishEvent, envelope: parsed.envelope },
  };
}
