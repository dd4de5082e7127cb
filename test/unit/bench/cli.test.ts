import { describe, expect, it } from 'vitest';
import { parseOptions } from '../../bench/cli';

describe('bench options', () => {
  it('races the minimal page against its own hub unless told to use the app’s', () => {
    expect(parseOptions([]).minimalHub).toBe('own');
    expect(parseOptions(['--minimal-hub', 'app']).minimalHub).toBe('app');
    expect(parseOptions(['--minimal-hub=app']).minimalHub).toBe('app');
    expect(() => parseOptions(['--minimal-hub', 'mine'])).toThrow(/app or own/);
  });

  it('holds each race burst 2 s unless told otherwise, within 100 ms to 10 s', () => {
    expect(parseOptions([]).burstMs).toBe(2000);
    expect(parseOptions(['--burst-ms', '400']).burstMs).toBe(400);
    expect(parseOptions(['--burst-ms=5000']).burstMs).toBe(5000);
    expect(() => parseOptions(['--burst-ms', '50'])).toThrow(/≥ 100/);
    expect(() => parseOptions(['--burst-ms', '20000'])).toThrow(/at most 10000/);
  });
});
