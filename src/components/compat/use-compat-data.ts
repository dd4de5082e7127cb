import { useEffect, useState } from 'react';
import type { CompatData } from '../../lib/compat-types';

// The extract of @mdn/browser-compat-data is its own chunk (build/compat-plugin.ts), fetched the
// first time a table needs it and shared by every table after that.
let pending: Promise<CompatData> | undefined;
export const loadCompatData = () =>
  (pending ??= import('virtual:compat-data')
    .then((m) => m.default)
    .catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));

export type CompatState =
  | { status: 'loading' }
  | { status: 'ready'; data: CompatData }
  | { status: 'failed'; error: unknown; retry: () => void };

export function useCompatData(enabled = true): CompatState {
  const [state, setState] = useState<CompatState>({ status: 'loading' });
  // "Try again" after a failed load: loadCompatData forgot the failure, so this fetches anew.
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    const retry = () => {
      setState({ status: 'loading' });
      setAttempt((n) => n + 1);
    };
    loadCompatData().then(
      (data) => live && setState({ status: 'ready', data }),
      (error: unknown) => live && setState({ status: 'failed', error, retry }),
    );
    return () => {
      live = false;
    };
  }, [enabled, attempt]);
  return state;
}
