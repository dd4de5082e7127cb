import { useCallback, useSyncExternalStore } from 'react';
import { IDLE_STATUS, type ConnectionStatus } from '../lib/connection-status';
import type { Transport } from '../lib/transport-types';
import { onStatusChange, statusOf } from './transport-status';

/**
 * A piped transport's connection status, derived from its status events (transport-status.ts).
 * It renders only when the status changes: a repeated status is the same object.
 */
export function useConnectionStatus(transport: Transport | undefined): ConnectionStatus {
  const subscribe = useCallback(
    (notify: () => void) => (transport ? onStatusChange(transport, notify) : () => undefined),
    [transport],
  );
  return useSyncExternalStore(subscribe, () => (transport ? statusOf(transport) : IDLE_STATUS));
}
