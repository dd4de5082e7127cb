import { byteSize, preview } from '../lib/describe-value';
import type { SequenceVerdict } from '../lib/sequence-tracker';
import type { TransportEvent } from '../lib/transport-types';
import { parseEnvelope, type PeerRef } from '../shared/envelope';
import type { LogEntry } from '../store/log-types';

// Long strings (a quota-filling write, a flood) are cut before they are kept in the log, so the
// log's memory stays bounded; the size column still shows the real size.
const KEEP_CHARS = 64 * 1024;
const keep = (value: unknown) =>
  typeof value === 'string' && value.length > KEEP_CHARS
    ? `${value.slice(0, KEEP_CHARS)}… (cut)`
    : value;

/**
 * The log entry for a transport event. Each is one object literal that already holds every field
 * the log will set, `id` included (the log's to give: log-slice.ts's appendLog). A flood keeps
 * 10,000 of them alive; built by spreading a shared `{ at, mechanism }`, then numbered by the log
 * (a property added after creation needs a property store of its own), an entry cost 244 + 67
 * bytes; as one literal, 109 (V8's sampling heap profiler, test/bench/heap-flood.ts). A channel's
 * received entry now holds 52 bytes: no latency (log-latency.ts), no empty slots (below).
 * https://v8.dev/blog/fast-properties
 */
export function toLogEntry(
  mechanism: string,
  label: string,
  self: PeerRef,
  event: TransportEvent,
  verdict?: SequenceVerdict,
): LogEntry {
  const { at } = event;
  // Numbered by the log when appended.
  const id = 0;
  switch (event.type) {
    case 'status':
      return {
        id,
        at,
        mechanism,
        direction: 'status',
        from: self,
        to: label,
        summary: event.status,
        reason: event.reason,
        browserWords: event.browser,
        detail: { manual: event.manual },
      };
    case 'sent':
      return {
        id,
        at,
        mechanism,
        direction: 'sent',
        from: self,
        to: event.to,
        summary: preview(event.envelope.body),
        payload: event.envelope.body,
        envelope: event.envelope,
        size: event.size,
      };
    case 'received': {
      if (!event.envelope) {
        return {
          id,
          at,
          mechanism,
          direction: 'received',
          to: self.name,
          summary: preview(event.data),
          payload: keep(event.data),
          size: event.size,
          raw: true,
          reason: event.raw,
          origin: event.origin,
          detail: event.detail,
        };
      }
      const sequence =
        verdict && verdict.kind !== 'in-order'
          ? verdict.kind === 'gap'
            ? `gap:${verdict.missing}`
            : verdict.kind
          : undefined;
      const { envelope, size } = event;
      const from = envelope.sender;
      const summary = preview(envelope.body);
      const payload = keep(envelope.body);
      const entry: LogEntry = {
        id,
        at,
        mechanism,
        direction: 'received',
        from,
        to: self.name,
        summary,
        payload,
        envelope,
        size,
      };
      // A channel's message (most of a flood) has no origin, no detail, no sequence tag and is not
      // "unverified": its entry leaves those four slots out, 16 of 68 bytes. The others (a window
      // message always has an origin) are copied once more with them: a few bytes of garbage and a
      // property store of their own, on pages that see tens of messages a second, not thousands.
      return event.origin === undefined &&
        event.detail === undefined &&
        sequence === undefined &&
        event.unverified === undefined
        ? entry
        : {
            ...entry,
            origin: event.origin,
            detail: event.detail,
            sequence,
            unverified: event.unverified,
          };
    }
    case 'rejected': {
      // A refused envelope still says who it claims to be: show that claim beside the real origin.
      const parsed = parseEnvelope(event.data);
      const claim = parsed.ok ? parsed.envelope : undefined;
      return {
        id,
        at,
        mechanism,
        direction: 'rejected',
        from: claim?.sender,
        to: self.name,
        summary: preview(claim ? claim.body : event.data),
        payload: keep(claim ? claim.body : event.data),
        envelope: claim,
        size: byteSize(event.data),
        reason: event.explanation,
        origin: event.origin,
        detail: { reason: event.reason },
      };
    }
    case 'error':
      return {
        id,
        at,
        mechanism,
        direction: 'error',
        from: self,
        to: label,
        summary: `${event.error.name}: ${event.error.message}`,
        browserWords: event.error.browser,
        reason: event.error.name,
        payload: event.data === undefined ? undefined : keep(event.data),
      };
    default: {
      const never: never = event;
      throw new Error(`unknown transport event ${String(never)}`);
    }
  }
}
