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
  // Oldest first from `head`; forgotten ids are skipped by moving `head`, and the array is
  // compacted once per LIMIT ids, not shifted per message (splice(0, 1) moves every element).
  let order: string[] = [];
  let head = 0;
  return {
    receipts: { ids: new Set() },
    noteReceipts: (ids) => {
      const known = get().receipts.ids;
      for (const id of ids) {
        if (known.has(id)) continue;
        known.add(id);
        order.push(id);
      }
      while (order.length - head > LIMIT) known.delete(order[head++] as string);
      if (head >= LIMIT) {
        order = order.slice(head);
        head = 0;
      }
    },
  };
};
