// A transport's connection as its own status events tell it. Connection state is part of the
// event stream (ARCHITECTURE §4): nothing reads it back through a second road.
import type { TransportEvent, TransportStatus } from './transport-types';

export type ConnectionStatus = {
  /** `idle`: no status event yet (made, but not yet asked to connect). */
  readonly status: TransportStatus | 'idle';
  /** A person asked for it (Disconnect, Close): nothing will reconnect by itself. */
  readonly manual: boolean;
  /** The transport's words for it ("attempt 2", "1006 abnormal closure"), when it gave some. */
  readonly reason: string | undefined;
  /** When it last changed (the event's `at`); null while idle. */
  readonly since: number | null;
};

export const IDLE_STATUS: ConnectionStatus = {
  status: 'idle',
  manual: false,
  reason: undefined,
  since: null,
};

/**
 * The status after one more event. An event that says what is already known (the same status,
 * manual flag and reason), and any event that is not a status, return the very same object, so
 * whatever renders it renders nothing new.
 */
export function reduceStatus(current: ConnectionStatus, event: TransportEvent): ConnectionStatus {
  if (event.type !== 'status') return current;
  if (
    current.status === event.status &&
    current.manual === event.manual &&
    current.reason === event.reason
  )
    return current;
  return { status: event.status, manual: event.manual, reason: event.reason, since: event.at };
}
