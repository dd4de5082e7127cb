// The worker's replies, decoded once and turned into the log's events: a relayed message, or an
// error the learner should see (a refused request, a target tab that has gone).
import { byteSize } from '../../lib/describe-value';
import type { TransportEvent } from '../../lib/transport-types';
import type { RelayReply } from '../../shared/relay';

export function replyEvent(reply: RelayReply, at: number): TransportEvent | null {
  switch (reply.type) {
    case 'relayed':
      return {
        type: 'received',
        at,
        envelope: reply.envelope,
        data: reply,
        size: byteSize(reply.envelope.body),
        detail: { fromClient: reply.fromClient, mode: reply.mode, version: reply.version },
      };
    case 'error':
      return { type: 'error', at, error: { name: 'RelayError', message: reply.reason } };
    case 'relay-result':
      return reply.missing === undefined
        ? null
        : {
            type: 'error',
            at,
            error: {
              name: 'NotFoundError',
              message: `tab ${reply.missing.slice(0, 8)} has gone: nothing was relayed`,
            },
          };
    default:
      return null;
  }
}

/** Who sent a relayed message, as the worker names clients (`clients.matchAll()` ids). */
export const relayedFrom = (event: TransportEvent): string | undefined =>
  event.type === 'received' &&
  typeof event.detail === 'object' &&
  event.detail !== null &&
  'fromClient' in event.detail &&
  typeof event.detail.fromClient === 'string'
    ? event.detail.fromClient
    : undefined;
