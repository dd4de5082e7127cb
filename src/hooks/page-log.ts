import { now } from '../lib/clock';
import type { PeerRef } from '../shared/envelope';
import { useAppStore } from '../store';
import type { NewLogEntry } from '../store/log-types';

export type PageLogEntry = Pick<
  NewLogEntry,
  'direction' | 'to' | 'summary' | 'reason' | 'detail'
> & {
  /** When it happened, if not now (an event held until the page listened). */
  at?: number;
};

/** A log entry a page writes itself (a storage write, a lifecycle step), from this tab. */
export function logFromPage(mechanism: string, self: PeerRef, entry: PageLogEntry): void {
  const { at = now(), ...rest } = entry;
  useAppStore.getState().appendLog({ at, mechanism, from: self, ...rest });
}
