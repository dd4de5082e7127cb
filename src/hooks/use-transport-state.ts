import { useCallback, useMemo, useSyncExternalStore } from 'react';

type Observable = { onChange: (listener: () => void) => () => void };

/**
 * State a transport keeps itself (readyState, lifecycle, counters), re-read whenever it says it
 * changed. The snapshot is compared as JSON text, so a change that changes nothing renders nothing.
 */
export function useTransportState<T extends Observable, S>(
  transport: T | undefined,
  read: (transport: T) => S,
  empty: S,
): S {
  const json = useSyncExternalStore(
    useCallback(
      (notify: () => void) => transport?.onChange(notify) ?? (() => undefined),
      [transport],
    ),
    () => JSON.stringify(transport ? read(transport) : empty),
  );
  return useMemo(() => JSON.parse(json) as S, [json]);
}
