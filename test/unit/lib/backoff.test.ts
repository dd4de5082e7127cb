import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../../src/lib/backoff';

describe('backoffDelay', () => {
  it('doubles each attempt, with half of each step random, up to the cap', () => {
    const none = () => 0;
    const most = () => 0.999999;
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, undefined, none))).toEqual([
      250, 500, 1000, 2000, 4000,
    ]);
    expect([1, 2, 3].map((n) => backoffDelay(n, undefined, most))).toEqual([500, 1000, 2000]);
    expect(backoffDelay(30, undefined, most)).toBe(15_000);
    expect(backoffDelay(30, undefined, none)).toBe(7_500);
  });
});
