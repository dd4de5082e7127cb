import type { StateCreator } from 'zustand';
import type { AppState } from './index';

const LIMIT = 20_000;

/**
 * Ids of sent messages something confirmed (see lib/receipts.ts), the newest 20,000. Noting one
 * does not re-render anything: the log reads the set when it next draws (a missing receipt only
 * matters seconds later), so a flood of messages is not a flood of renders.
 */
export type ReceiptsSlice = {
  receipts: { ids: Set<string> };
  noteReceipts: (ids: readonly string[]) => void;
};

export const createReceiptsSlice: StateCreator<AppState, [], [], ReceiptsSlice> = (_set, get) => {
  const order: string[] = [];
  return {
    receipts: { ids: new Set() },
    noteReceipts: (ids) => {
      const known = get().receipts.ids;
      for (const id of ids) {
        if (known.has(id)) continue;
        known.add(id);
        order.push(id);
      }
      if (order.length > LIMIT)
        for (const id of order.splice(0, order.length - LIMIT)) known.delete(id);
    },
  };
};
