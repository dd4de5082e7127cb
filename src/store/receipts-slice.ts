import type { StateCreator } from 'zustand';
import type { AppState } from './index';

const LIMIT = 20_000;

/** Ids of sent messages something confirmed (see lib/receipts.ts), the newest 20,000. */
export type ReceiptsSlice = {
  receipts: { ids: Set<string>; revision: number };
  noteReceipts: (ids: readonly string[]) => void;
};

export const createReceiptsSlice: StateCreator<AppState, [], [], ReceiptsSlice> = (set, get) => {
  const order: string[] = [];
  return {
    receipts: { ids: new Set(), revision: 0 },
    noteReceipts: (ids) => {
      const known = get().receipts.ids;
      let added = false;
      for (const id of ids) {
        if (known.has(id)) continue;
        known.add(id);
        order.push(id);
        added = true;
      }
      while (order.length > LIMIT) known.delete(order.shift() as string);
      if (added) set((s) => ({ receipts: { ids: known, revision: s.receipts.revision + 1 } }));
    },
  };
};
