import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RingBuffer } from '../../../src/lib/ring-buffer';

describe('RingBuffer', () => {
  it('keeps items in order until it is full', () => {
    const buffer = new RingBuffer<number>(3);
    buffer.push(1, 2);
    expect(buffer.toArray()).toEqual([1, 2]);
    expect(buffer.length).toBe(2);
    expect(buffer.dropped).toBe(0);
  });

  it('overwrites the oldest items once full and counts what it dropped', () => {
    const buffer = new RingBuffer<number>(3);
    buffer.push(1, 2, 3, 4, 5);
    expect(buffer.toArray()).toEqual([3, 4, 5]);
    expect(buffer.at(0)).toBe(3);
    expect(buffer.at(2)).toBe(5);
    expect(buffer.at(3)).toBeUndefined();
    expect(buffer.at(-1)).toBeUndefined();
    expect(buffer.total).toBe(5);
    expect(buffer.dropped).toBe(2);
  });

  it('clears', () => {
    const buffer = new RingBuffer<number>(2);
    buffer.push(1, 2, 3);
    buffer.clear();
    expect(buffer.toArray()).toEqual([]);
    buffer.push(9);
    expect(buffer.toArray()).toEqual([9]);
  });

  it('takes a batch larger than itself, counting the overflow as dropped', () => {
    const buffer = new RingBuffer<number>(3);
    buffer.push(1);
    buffer.pushAll([2, 3, 4, 5, 6, 7]);
    expect(buffer.toArray()).toEqual([5, 6, 7]);
    expect(buffer.total).toBe(7);
    expect(buffer.dropped).toBe(4);
  });

  it('refuses a capacity that is not a positive integer', () => {
    expect(() => new RingBuffer(0)).toThrow(RangeError);
    expect(() => new RingBuffer(1.5)).toThrow(RangeError);
  });

  it('property: always holds the last `capacity` items pushed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.array(fc.array(fc.integer(), { maxLength: 30 }), { maxLength: 20 }),
        (capacity, batches) => {
          const buffer = new RingBuffer<number>(capacity);
          for (const [i, batch] of batches.entries())
            if (i % 2) buffer.push(...batch);
            else buffer.pushAll(batch);
          const all = batches.flat();
          expect(buffer.toArray()).toEqual(all.slice(-capacity));
          expect(buffer.length).toBe(Math.min(capacity, all.length));
          expect(buffer.total).toBe(all.length);
        },
      ),
    );
  });
});
