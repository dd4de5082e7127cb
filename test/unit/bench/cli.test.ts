import { describe, expect, it } from 'vitest';
import { parseOptions } from '../../bench/cli';

describe('bench options', () => {
  it('races the minimal page against its own hub unless told to use the app’s', () => {
    expect(parseOptions([]).minimalHub).toBe('own');
    expect(parseOptions(['--minimal-hub', 'app']).minimalHub).toBe('app');
    expect(parseOptions(['--minimal-hub=app']).minimalHub).toBe('app');
    expect(() => parseOptions(['--minimal-hub', 'mine'])).toThrow(/app or own/);
  });
});
