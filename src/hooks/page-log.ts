import { now } from '../lib/clock';
import type { PeerRef } from '../shared/envelope';
import { useAppStore } from '../store';
import type { NewLogEntry } from '../store/log-types';

export type PageLogEntry = Pick<NewLogEntry, 'direction' | 'to' | 'summary' | 'reason' | 'detail'>;

/** A log entry a page writes itself (a storage write, a lifecycle step), stamped now, from this tab. */
export function logFromPage(mechanism: string, self: PeerRef, entry: PageLogEntry): void {
  useAppStore.getState().appendLog({ at: now(), mechanism, from: self, ...entry });
}
