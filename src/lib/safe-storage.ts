// The only place outside a transport that touches Web Storage. Every call returns a result and
// never throws: storage can be missing (some privacy modes), blocked (sandboxed frames throw a
// SecurityError on *access*), or full (QuotaExceededError on setItem).
// https://developer.mozilla.org/en-US/docs/Web/API/Web_Storage_API/Using_the_Web_Storage_API#testing_for_availability
import { errorInfo } from './error-info';

export type StorageArea = 'local' | 'session';

export type StorageResult<T> = { ok: true; value: T } | { ok: false; error: StorageFailure };
export type StorageFailure = { name: string; message: string; quota: boolean };

export function storageArea(area: StorageArea): Storage | null {
  try {
    return area === 'local' ? window.localStorage : window.sessionStorage;
  } catch {
    return null;
  }
}

function failure(error: unknown): StorageFailure {
  const { name, message } = errorInfo(error);
  // Old Firefox named it NS_ERROR_DOM_QUOTA_REACHED; browsers also set DOMException code 22.
  const code = (error as { code?: unknown } | null)?.code;
  return {
    name,
    message,
    quota: name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22,
  };
}

function attempt<T>(area: StorageArea, run: (storage: Storage) => T): StorageResult<T> {
  const storage = storageArea(area);
  if (!storage)
    return {
      ok: false,
      error: { name: 'SecurityError', message: 'storage is unavailable', quota: false },
    };
  try {
    return { ok: true, value: run(storage) };
  } catch (error) {
    return { ok: false, error: failure(error) };
  }
}

export const safeStorage = {
  get: (area: StorageArea, key: string) => attempt(area, (s) => s.getItem(key)),
  set: (area: StorageArea, key: string, value: string) =>
    attempt(area, (s) => s.setItem(key, value)),
  remove: (area: StorageArea, key: string) => attempt(area, (s) => s.removeItem(key)),
  clear: (area: StorageArea) => attempt(area, (s) => s.clear()),
  entries: (area: StorageArea) =>
    attempt(area, (s) => {
      const out: Array<[string, string]> = [];
      for (let i = 0; i < s.length; i++) {
        const key = s.key(i);
        if (key !== null) out.push([key, s.getItem(key) ?? '']);
      }
      return out.sort(([a], [b]) => a.localeCompare(b));
    }),
};

/** Reads a value, or the fallback when storage is unavailable or the key is absent. */
export function readSetting(
  key: string,
  fallback: string | null = null,
  area: StorageArea = 'local',
): string | null {
  const result = safeStorage.get(area, key);
  return result.ok && result.value !== null ? result.value : fallback;
}

export function writeSetting(key: string, value: string, area: StorageArea = 'local'): void {
  safeStorage.set(area, key, value);
}
