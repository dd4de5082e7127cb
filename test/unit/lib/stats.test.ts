import { describe, expect, it } from 'vitest';
import { percentile, summarize } from '../../../src/lib/stats';

describe('stats', () => {
  it('takes nearest-rank percentiles of known samples', () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1); // 1..100
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 95)).toBe(95);
    expect(percentile(samples, 100)).toBe(100);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('summarises unsorted samples and ignores non-finite ones', () => {
    expect(summarize([5, 1, 3, Number.NaN, 2, 4])).toEqual({
      count: 5,
      median: 3,
      p95: 5,
      min: 1,
      max: 5,
      mean: 3,
    });
  });
});
