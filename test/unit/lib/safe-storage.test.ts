import { describe, expect, it, vi } from 'vitest';
import { readSetting, safeStorage } from '../../../src/lib/safe-storage';

describe('safeStorage', () => {
  it('reads and writes', () => {
    expect(safeStorage.set('local', 'k', 'v')).toEqual({ ok: true, value: undefined });
    expect(safeStorage.get('local', 'k')).toEqual({ ok: true, value: 'v' });
    expect(safeStorage.entries('local')).toEqual({ ok: true, value: [['k', 'v']] });
  });

  it('turns a full quota into a result instead of a throw', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const result = safeStorage.set('local', 'k', 'v');
    expect(result).toEqual({
      ok: false,
      error: { name: 'QuotaExceededError', message: 'full', quota: true },
    });
  });

  it('falls back when storage access itself throws (a sandboxed frame)', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(safeStorage.get('local', 'k').ok).toBe(false);
    expect(readSetting('k', 'fallback')).toBe('fallback');
  });
});
