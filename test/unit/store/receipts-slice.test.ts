import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../../src/store';

describe('receipts slice', () => {
  it('remembers exactly the newest 20,000 confirmed ids, oldest forgotten first', () => {
    const { noteReceipts } = useAppStore.getState();
    for (let i = 0; i < 45_000; i += 3) noteReceipts([`m${i}`, `m${i + 1}`, `m${i + 2}`]);
    noteReceipts(['m44999', 'm44998']); // known already: nothing changes
    const ids = useAppStore.getState().receipts.ids;
    expect(ids.size).toBe(20_000);
    expect(ids.has('m24999')).toBe(false);
    expect(ids.has('m25000')).toBe(true);
    expect(ids.has('m44999')).toBe(true);
  });
});
