import { describe, expect, it } from 'vitest';
import {
  FILL_PREFIX,
  fillQuota,
  freeFilled,
  usedChars,
} from '../../../../src/mechanisms/storage-event/quota';

describe('quota', () => {
  it('fills storage until the browser throws QuotaExceededError, then frees it again', () => {
    localStorage.setItem('keep-me', 'yes');
    const result = fillQuota('local');
    expect(result.error?.name).toBe('QuotaExceededError');
    expect(result.keys).toBeGreaterThan(0);
    expect(usedChars('local')).toBeGreaterThan(result.addedChars);
    expect(freeFilled('local')).toBe(result.keys);
    expect(Object.keys(localStorage).some((k) => k.startsWith(FILL_PREFIX))).toBe(false);
    expect(localStorage.getItem('keep-me')).toBe('yes');
  });

  it('counts keys and values in UTF-16 code units, the unit the quota counts', () => {
    localStorage.setItem('ab', 'cdé😀');
    expect(usedChars('local')).toBe(7);
  });
});
