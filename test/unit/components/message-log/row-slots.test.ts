import { describe, expect, it } from 'vitest';
import { createRowSlots } from '../../../../src/components/message-log/row-slots';

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

describe('row slots', () => {
  it('gives distinct slots, the same ones again for the same entries', () => {
    const slots = createRowSlots();
    const first = slots.assign(range(1, 6));
    expect(new Set(first).size).toBe(5);
    expect(slots.assign(range(1, 6))).toEqual(first);
  });

  it('keeps the slot of an entry that stays in view, and gives the freed ones to the new entries', () => {
    const slots = createRowSlots();
    const before = slots.assign(range(1, 6)); // entries 1–5
    const after = slots.assign(range(3, 8)); // 1 and 2 left, 6 and 7 came
    expect(after.slice(0, 3)).toEqual(before.slice(2)); // 3, 4, 5 keep theirs
    expect(after.slice(3)).toEqual(before.slice(0, 2)); // 6 and 7 take 1's and 2's
  });

  it('reuses every slot in place when every entry is new (a flood): nothing moves', () => {
    const slots = createRowSlots();
    const before = slots.assign(range(1, 16));
    expect(slots.assign(range(500, 515))).toEqual(before);
    expect(slots.assign(range(1000, 1015))).toEqual(before);
  });

  it('makes new slots when more rows are in view, and forgets none it still needs', () => {
    const slots = createRowSlots();
    const before = slots.assign(range(1, 4));
    const after = slots.assign(range(1, 8));
    expect(after.slice(0, 3)).toEqual(before);
    expect(new Set(after).size).toBe(7);
    const fewer = slots.assign(range(5, 7));
    expect(fewer).toEqual(after.slice(4, 6));
  });

  it('keeps keys distinct even when an entry is listed twice', () => {
    const slots = createRowSlots();
    slots.assign([1, 2, 3]);
    const twice = slots.assign([2, 2, 4]);
    expect(new Set(twice).size).toBe(3);
  });
});
